"""One thread and one Lock are enough for a deadlock: a Lock cannot be acquired
twice; an RLock can.
"""

import threading

lock = threading.Lock()
lock.acquire()
# Without the timeout this second acquire() would wait for ever: nobody else
# will release the lock.
print("Lock,  acquired again by its holder:", lock.acquire(timeout=0.1))
lock.release()

rlock = threading.RLock()
rlock.acquire()
print("RLock, acquired again by its holder:", rlock.acquire(timeout=0.1))
rlock.release()
rlock.release()
