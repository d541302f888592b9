"""Exercise queue-workers: three worker threads square the numbers the main
thread puts into a queue; every number must be handled, and then the
program must end with no worker left running."""

import queue
import threading

WORKERS = 3
tasks = queue.Queue()
squares = []
squares_lock = threading.Lock()


def worker():
    while True:
        n = tasks.get()
        with squares_lock:
            squares.append(n * n)


# daemon=True, or else the workers, waiting in get() for ever, would keep
# the program from ending
workers = [threading.Thread(target=worker, daemon=True) for _ in range(WORKERS)]
for w in workers:
    w.start()
for n in range(1, 13):
    tasks.put(n)
print(f"handled {len(squares)} numbers, sum of squares {sum(squares)}")
print("workers still running:", sum(w.is_alive() for w in workers))
