"""Wrong answer to queue-workers: one sentinel for three workers; the other two wait in get() for ever, and the interpreter waits for them."""

import queue
import threading

WORKERS = 3
tasks = queue.Queue()
squares = []
squares_lock = threading.Lock()


def worker():
    while True:
        n = tasks.get()
        if n is None:
            return
        with squares_lock:
            squares.append(n * n)


workers = [threading.Thread(target=worker) for _ in range(WORKERS)]
for w in workers:
    w.start()
for n in range(1, 13):
    tasks.put(n)
tasks.put(None)  # "the end": but only one worker will ever see it
for w in workers:
    w.join()
print(f"handled {len(squares)} numbers, sum of squares {sum(squares)}")
print("workers still running:", sum(w.is_alive() for w in workers))
