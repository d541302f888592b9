"""Each call of a function has its own local variables: threads running the same
function do not disturb each other.
"""

import threading

results = {}
together = threading.Barrier(2)


def count(name, n):
    total = 0  # a local variable: one per call, so one per thread
    together.wait()  # both threads are inside count() at the same time
    for _ in range(n):
        total += 1
    results[name] = total


threads = [
    threading.Thread(target=count, args=(name, n))
    for name, n in [("a", 1000), ("b", 2000)]
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("totals:", dict(sorted(results.items())))
