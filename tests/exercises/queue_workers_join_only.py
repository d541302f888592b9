"""Wrong answer to queue-workers: tasks.join() waits until every number is handled, but the daemon workers are never stopped: join() waits for the tasks, not the threads."""

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
        tasks.task_done()


workers = [threading.Thread(target=worker, daemon=True) for _ in range(WORKERS)]
for w in workers:
    w.start()
for n in range(1, 13):
    tasks.put(n)
tasks.join()
print(f"handled {len(squares)} numbers, sum of squares {sum(squares)}")
print("workers still running:", sum(w.is_alive() for w in workers))
