"""A solution to take-turns: a Condition and a shared variable, the next
number to print; each thread waits until that number is one of its own."""

import threading

LAST = 6
next_number = 1  # shared state: the next number to print
changed = threading.Condition()


def whose_turn():
    return "odd" if next_number % 2 else "even"


def count(name, first):
    global next_number
    for n in range(first, LAST + 1, 2):
        with changed:
            changed.wait_for(lambda: whose_turn() == name)  # my turn?
            print(f"{name}: {n}")
            next_number += 1
            changed.notify_all()  # wake the other thread: its turn now


threads = [
    threading.Thread(target=count, args=("odd", 1)),
    threading.Thread(target=count, args=("even", 2)),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
