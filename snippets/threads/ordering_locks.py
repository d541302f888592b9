"""Threads take turns in a fixed order: each takes its own Lock and releases the
next one's.
"""

import threading

NAMES = "ABC"
ROUNDS = 2
# One Lock per thread. A thread may run its step only when it gets its own lock.
locks = [threading.Lock() for _ in NAMES]
for lock in locks[1:]:
    lock.acquire()  # B and C start locked; only A may go first
said = []


def worker(i):
    for _ in range(ROUNDS):
        locks[i].acquire()  # wait for my turn
        said.append(NAMES[i])
        # hand the turn on: release the NEXT thread's lock
        locks[(i + 1) % len(NAMES)].release()


threads = [
    threading.Thread(target=worker, args=(i,)) for i in range(len(NAMES))
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(" ".join(said))
