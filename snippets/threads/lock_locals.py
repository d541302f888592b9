"""Locals belong to one call, a Thread subclass's attributes to one object;
an object they refer to may still be shared.
"""

import threading


def count_to(n, results, name):
    total = 0  # a local variable: every call, in every thread, has its own
    for _ in range(n):
        total += 1
    results[name] = total


class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.total = 0  # an attribute of this object: every Counter has its own

    def run(self):
        for _ in range(self.n):
            self.total += 1


results = {}
threads = [
    threading.Thread(target=count_to, args=(n, results, f"call {n}"))
    for n in (1000, 2000, 3000)
]
counters = [Counter(n) for n in (10, 20, 30)]
for t in threads + counters:
    t.start()
for t in threads + counters:
    t.join()
print("each call, its own local:       ", dict(sorted(results.items())))
print("each Counter, its own attribute: ", [c.total for c in counters])

# A local *name* can still refer to a shared object: here every thread's
# `basket` is the same list, so what one thread does, the others see.
shared = []


def fill(basket):
    basket.append(threading.current_thread().name)


fillers = [
    threading.Thread(target=fill, args=(shared,), name=f"filler-{i}")
    for i in range(3)
]
for t in fillers:
    t.start()
for t in fillers:
    t.join()
print("one list, reached from 3 threads:", sorted(shared))
