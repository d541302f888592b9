"""A non-blocking acquire() returns True or False at once: the bool False,
not FALSE.
"""

import threading

lock = threading.Lock()
print("acquire(blocking=False), lock free:", lock.acquire(blocking=False))
second = lock.acquire(blocking=False)
print(
    "acquire(blocking=False), lock held:",
    second,
    "| is the bool False:",
    second is False,
)
lock.release()
