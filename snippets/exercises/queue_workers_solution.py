"""A solution to queue-workers: one sentinel per worker, put after all the
numbers, and the main thread joins the workers before it prints."""

import queue
import threading

WORKERS = 3
DONE = object()  # the sentinel: no number is `is`-identical to it
tasks = queue.Queue()
squares = []
squares_lock = threading.Lock()


def worker():
    while True:
        n = tasks.get()
        if n is DONE:  # one sentinel stops one worker
            return
        with squares_lock:
            squares.append(n * n)


workers = [threading.Thread(target=worker) for _ in range(WORKERS)]
for w in workers:
    w.start()
for n in range(1, 13):
    tasks.put(n)
for _ in workers:
    tasks.put(DONE)  # after every number: a worker stops only at the end
for w in workers:
    w.join()  # every number is handled and every worker has returned
print(f"handled {len(squares)} numbers, sum of squares {sum(squares)}")
print("workers still running:", sum(w.is_alive() for w in workers))
