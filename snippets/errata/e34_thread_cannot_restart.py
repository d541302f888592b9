"""Python shows little of a thread's life (is_alive(), and initial/started/
stopped in its repr); a thread that has ended cannot be started again.
"""

import threading

t = threading.Thread(target=lambda: None)
print("before start():", t.is_alive())
t.start()
t.join()
print("after it ended:", t.is_alive())
try:
    t.start()
except RuntimeError as e:
    print("start() again:", e)
