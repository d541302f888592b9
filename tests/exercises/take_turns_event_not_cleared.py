"""Wrong answer to take-turns: one Event per thread, set to pass the turn on, but never cleared: once set, an Event stays set, so its thread runs on."""

import threading

LAST = 6
turn = {"odd": threading.Event(), "even": threading.Event()}
other = {"odd": "even", "even": "odd"}


def count(name, first):
    for n in range(first, LAST + 1, 2):
        turn[name].wait()  # my turn?
        print(f"{name}: {n}")
        turn[other[name]].set()  # the other thread's turn now


threads = [
    threading.Thread(target=count, args=("odd", 1)),
    threading.Thread(target=count, args=("even", 2)),
]
turn["odd"].set()
for t in threads:
    t.start()
for t in threads:
    t.join()
