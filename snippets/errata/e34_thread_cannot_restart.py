"""Python shows a thread's life only as is_alive(); a thread that has ended
cannot be started again.
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
