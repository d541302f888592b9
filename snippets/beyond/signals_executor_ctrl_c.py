"""Ctrl-C reaches the workers too.

Each running task fails with its own KeyboardInterrupt.
"""

import multiprocessing
import os
import signal
from concurrent.futures import ProcessPoolExecutor


# The initializer: runs once in each worker
def remember(started_queue, gate_event):
    global started, gate
    started, gate = started_queue, gate_event


def wait_for_gate(n):
    started.put(os.getpid())
    gate.wait()  # never set: only a signal ends this wait
    return n


if __name__ == "__main__":
    # A SimpleQueue: its put() writes in the calling thread. A
    # multiprocessing.Queue would start a feeder thread in the worker, and the
    # SIGINT could land on that thread instead.
    started, gate = multiprocessing.SimpleQueue(), multiprocessing.Event()
    with ProcessPoolExecutor(
        2, initializer=remember, initargs=(started, gate)
    ) as executor:
        futures = [executor.submit(wait_for_gate, n) for n in range(2)]
        workers = [started.get() for _ in futures]  # both tasks are running now

        # Ctrl-C in a terminal: SIGINT to every process of the foreground group
        for pid in workers:
            os.kill(pid, signal.SIGINT)
        try:
            signal.raise_signal(signal.SIGINT)
        except KeyboardInterrupt:
            print("parent: KeyboardInterrupt")

        for n, future in enumerate(futures):
            print(f"task {n}: exception() -> {future.exception()!r}")
