"""with lock: acquired on entry, released on leaving, even when an exception
is raised.
"""

import threading

lock = threading.Lock()

try:
    with lock:  # lock.acquire()
        print("inside the with block, locked:", lock.locked())
        raise ValueError("something went wrong while holding the lock")
    # leaving the block, normally or by an exception: lock.release()
except ValueError as e:
    print("caught:", e)

print("after the with block, locked: ", lock.locked())
