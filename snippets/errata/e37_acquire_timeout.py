"""Lock.acquire(blocking=True, timeout=-1): -1, the default, waits for ever;
None is refused.
"""

import threading

lock = threading.Lock()
try:
    lock.acquire(timeout=None)
except TypeError:
    print("acquire(timeout=None): TypeError")
print("acquire(timeout=-1), lock free:", lock.acquire(timeout=-1))
print("acquire(timeout=0.1), lock held:", lock.acquire(timeout=0.1))
try:
    lock.acquire(blocking=False, timeout=1)
except ValueError as e:
    print("acquire(blocking=False, timeout=1):", e)
lock.release()
