"""task_done() and join(): join() waits until every item is processed, not until
the workers end.
"""

import queue
import threading

tasks = queue.Queue()
results = []
results_lock = threading.Lock()


def worker():
    while True:
        n = tasks.get()
        # the sentinel that ends this worker (see the next section)
        if n is None:
            tasks.task_done()
            return
        with results_lock:
            results.append(n * n)
        tasks.task_done()  # "the item I got is fully processed"


workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()

for n in range(1, 11):
    tasks.put(n)
tasks.join()  # returns once task_done() has been called for every item put
print("all items processed:", sorted(results))
print("workers still waiting for more:", sum(w.is_alive() for w in workers))

for _ in workers:
    tasks.put(None)
for w in workers:
    w.join()
print("workers still running:", sum(w.is_alive() for w in workers))
