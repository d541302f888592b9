"""Three mistakes with a Lock and the exception each one raises."""

import threading

lock = threading.Lock()

try:
    # "don't wait" and "wait up to 1 s" contradict each other
    lock.acquire(blocking=False, timeout=1)
except ValueError:
    print("acquire(blocking=False, timeout=1): ValueError")

try:
    lock.acquire(timeout=None)  # "wait for ever" is timeout=-1, the default
except TypeError:
    print("acquire(timeout=None):              TypeError")

try:
    lock.release()  # nobody holds it
except RuntimeError:
    print("release() of an unlocked lock:      RuntimeError")
