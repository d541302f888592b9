"""Exercise thread-results: three threads each add up the squares of their
numbers; the main thread must print every thread's result."""

import threading
import time

PARTS = [(1, 2, 3), (4, 5, 6), (7, 8, 9)]


def square_sum(numbers):
    time.sleep(0.05)  # stands in for slow work
    return threading.current_thread().name, sum(n * n for n in numbers)


threads = [
    threading.Thread(target=square_sum, args=(part,), name=f"squares-{i}")
    for i, part in enumerate(PARTS, start=1)
]
for t in threads:
    t.start()
# join() waits for each thread: surely it hands back what square_sum returned?
results = [t.join() for t in threads]
print("results:", results)
