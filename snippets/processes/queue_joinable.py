"""JoinableQueue: task_done() and join(), which a plain
multiprocessing.Queue lacks.
"""

import multiprocessing

STOP = None  # the sentinel: "no more work"


def worker(tasks, results):
    while True:
        n = tasks.get()
        if n is STOP:
            tasks.task_done()
            break
        results.put(n * n)
        tasks.task_done()  # one call for every item taken with get()


if __name__ == "__main__":
    print(
        "Queue has task_done()?", hasattr(multiprocessing.Queue(), "task_done")
    )
    tasks = multiprocessing.JoinableQueue()
    results = multiprocessing.Queue()
    workers = [
        multiprocessing.Process(target=worker, args=(tasks, results))
        for _ in range(2)
    ]
    for w in workers:
        w.start()

    for n in range(1, 6):
        tasks.put(n)
    tasks.join()  # blocks until task_done() has been called for all 5 items
    print("all tasks done:", sorted(results.get() for _ in range(5)))

    for _ in workers:
        tasks.put(STOP)
    for w in workers:
        w.join()
    print("workers exit codes:", [w.exitcode for w in workers])
