"""Workers ignore SIGINT; the parent handles Ctrl-C.

On Ctrl-C the parent asks running tasks to stop and cancels the queue.
"""

import multiprocessing
import os
import signal
from concurrent.futures import ProcessPoolExecutor


# The initializer: runs once in each worker
def init_worker(started_queue, stop_event):
    # Ctrl-C is the parent's business
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    global started, stop
    started, stop = started_queue, stop_event


def task(n):
    started.put(os.getpid())
    # A real task would do a piece of work, then check stop.is_set()
    stop.wait()
    return f"task {n} stopped early"


if __name__ == "__main__":
    started, stop = multiprocessing.SimpleQueue(), multiprocessing.Event()
    executor = ProcessPoolExecutor(
        2, initializer=init_worker, initargs=(started, stop)
    )
    futures = [executor.submit(task, n) for n in range(6)]
    workers = [started.get() for _ in range(2)]  # two tasks are running
    try:
        for pid in workers:  # Ctrl-C, as the terminal sends it
            os.kill(pid, signal.SIGINT)
        signal.raise_signal(signal.SIGINT)
    except KeyboardInterrupt:
        print(
            "parent: KeyboardInterrupt; "
            "stop the running tasks, cancel the queue"
        )
        # shutdown() waits for the running tasks, so they are told first
        stop.set()
        executor.shutdown(cancel_futures=True)
    print("workers alive:", multiprocessing.active_children())
    print("tasks 0 and 1:", [f.result() for f in futures[:2]])
    # Which queued tasks were already handed to a worker varies; each ended
    # one of the two ways:
    rest = futures[2:]
    ended = all(
        f.cancelled() or f.result().endswith("stopped early") for f in rest
    )
    print("tasks 2-5, each cancelled or stopped early:", ended)
