"""Exercise take-turns: one thread prints the odd numbers, another the even
ones; make them take turns, so that the numbers come out in order."""

import threading

LAST = 6


def count(name, first):
    for n in range(first, LAST + 1, 2):
        print(f"{name}: {n}")


threads = [
    threading.Thread(target=count, args=("odd", 1)),
    threading.Thread(target=count, args=("even", 2)),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
