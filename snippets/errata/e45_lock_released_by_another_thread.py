"""A Lock may be released by a thread that did not acquire it; an RLock
may not.
"""

import threading


def release_elsewhere(lock):
    lock.acquire()
    outcome = []

    def other():
        try:
            lock.release()
            outcome.append("released")
        except RuntimeError as e:
            outcome.append(f"RuntimeError: {e}")

    t = threading.Thread(target=other)
    t.start()
    t.join()
    return outcome[0]


print("Lock  released by another thread:", release_elsewhere(threading.Lock()))
rlock = threading.RLock()
print("RLock released by another thread:", release_elsewhere(rlock))
rlock.release()  # only its owner can release it
