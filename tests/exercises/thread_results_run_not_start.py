"""Wrong answer to thread-results: run() instead of start(), so every sum is computed in the main thread."""

import threading
import time

PARTS = [(1, 2, 3), (4, 5, 6), (7, 8, 9)]


def square_sum(numbers):
    time.sleep(0.05)  # stands in for slow work
    return threading.current_thread().name, sum(n * n for n in numbers)


class SquareSum(threading.Thread):
    def __init__(self, numbers, name):
        super().__init__(name=name)  # first: it sets up the thread
        self.numbers = numbers
        self.result = None

    def run(self):
        self.result = square_sum(self.numbers)  # kept, not thrown away


threads = [SquareSum(part, name=f"squares-{i}") for i, part in enumerate(PARTS, start=1)]
for t in threads:
    t.run()
for t in threads:
    t.join()  # after this, t.run() has returned and t.result is set
results = [t.result for t in threads]
print("results:", results)
