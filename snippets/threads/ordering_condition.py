"""Threads take turns in a fixed order with a Condition and a shared
turn counter.
"""

import threading

NAMES = "ABC"
ROUNDS = 2
turn = 0  # shared state: whose turn it is, counted in steps
changed = threading.Condition()
said = []


def whose_turn():
    return turn % len(NAMES)


def worker(i):
    global turn
    for _ in range(ROUNDS):
        with changed:
            # sleep until it is my turn
            changed.wait_for(lambda: whose_turn() == i)
            said.append(NAMES[i])
            turn += 1
            changed.notify_all()  # wake the others: one of them is next


threads = [
    threading.Thread(target=worker, args=(i,)) for i in range(len(NAMES))
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(" ".join(said))
