"""Threads take turns in a fixed order: one Event per step, each step sets
the next.
"""

import threading

NAMES = "ABC"
ROUNDS = 2
steps = len(NAMES) * ROUNDS
# One Event per step; step k may run once events[k] is set.
events = [threading.Event() for _ in range(steps + 1)]
said = []


def worker(i):
    for step in range(i, steps, len(NAMES)):  # A: steps 0, 3; B: 1, 4; C: 2, 5
        events[step].wait()
        said.append(NAMES[i])
        events[step + 1].set()  # let the next step run


threads = [
    threading.Thread(target=worker, args=(i,)) for i in range(len(NAMES))
]
for t in threads:
    t.start()
events[0].set()  # go
for t in threads:
    t.join()
print(" ".join(said))
