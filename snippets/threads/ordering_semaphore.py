"""Threads take turns in a fixed order: each holds a Semaphore counting
its turns.
"""

import threading

NAMES = "ABC"
ROUNDS = 2
# A semaphore per thread, counting the turns it may take: A starts with one.
turns = [threading.Semaphore(1 if i == 0 else 0) for i in range(len(NAMES))]
said = []


def worker(i):
    for _ in range(ROUNDS):
        turns[i].acquire()  # take one of my turns (wait if I have none)
        said.append(NAMES[i])
        turns[(i + 1) % len(NAMES)].release()  # give the next thread a turn


threads = [
    threading.Thread(target=worker, args=(i,)) for i in range(len(NAMES))
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(" ".join(said))
