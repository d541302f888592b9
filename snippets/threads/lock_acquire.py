"""What acquire() returns: blocking, with a timeout, and without waiting."""

import threading

lock = threading.Lock()

print("acquire():                ", lock.acquire())  # free: take it, True
print("locked():                 ", lock.locked())
# The lock is held now (by this very thread; a Lock does not care who holds it).
# held: False at once
print("acquire(blocking=False):  ", lock.acquire(blocking=False))
# held: False after 0.1 s
print("acquire(timeout=0.1):     ", lock.acquire(timeout=0.1))
lock.release()
print("locked() after release(): ", lock.locked())
# free: True at once
print("acquire(blocking=False):  ", lock.acquire(blocking=False))
lock.release()
