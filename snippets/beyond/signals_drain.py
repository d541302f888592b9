"""Stop without losing work.

Stop producing, a sentinel per worker, the workers drain the queue.
"""

import multiprocessing
import signal

WORKERS = 2
STOP = None  # the sentinel


def worker(tasks, results):
    # Only the parent decides when to stop
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while (n := tasks.get()) is not STOP:
        results.put(n * n)
    results.put(STOP)  # "this worker is done"


if __name__ == "__main__":
    tasks, results = multiprocessing.Queue(), multiprocessing.Queue()
    workers = [
        multiprocessing.Process(target=worker, args=(tasks, results))
        for _ in range(WORKERS)
    ]
    for p in workers:
        p.start()

    queued = 0
    try:
        while True:  # a producer that would run for ever
            if queued == 8:
                signal.raise_signal(signal.SIGINT)  # Ctrl-C arrives
            tasks.put(queued)
            queued += 1
    except KeyboardInterrupt:
        print(f"KeyboardInterrupt after queuing {queued} tasks: no more tasks")
    for _ in workers:
        tasks.put(STOP)  # behind every queued task

    squares, done = [], 0
    while done < WORKERS:  # read until each worker has said it is done
        item = results.get()
        if item is STOP:
            done += 1
        else:
            squares.append(item)
    for p in workers:
        p.join()
    print("results:", sorted(squares))
    exit_codes = [p.exitcode for p in workers]
    print("lost:", queued - len(squares), "| exit codes:", exit_codes)
