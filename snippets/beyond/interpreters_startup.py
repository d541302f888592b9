"""What it costs to start (and finish) a thread, an interpreter and a process.

Only the order is printed: the times depend on the machine.
"""

import multiprocessing
import statistics
import threading
import time

try:
    from concurrent import interpreters  # new in Python 3.14
except ImportError:
    interpreters = None


def start_thread():
    thread = threading.Thread(target=int)
    thread.start()
    thread.join()


def start_interpreter():
    interpreters.create().close()


def start_process():
    process = multiprocessing.get_context("spawn").Process(target=int)
    process.start()
    process.join()


def median_seconds(start, times):
    seconds = []
    for _ in range(times):
        began = time.perf_counter()
        start()
        seconds.append(time.perf_counter() - began)
    return statistics.median(seconds)


if __name__ == "__main__":
    if interpreters is None:
        print("concurrent.interpreters needs Python 3.14 or newer")
    else:
        cost = {
            "thread": median_seconds(start_thread, 5),
            "interpreter": median_seconds(start_interpreter, 5),
            "process (spawn)": median_seconds(start_process, 3),
        }
        print("cheapest first:", " < ".join(sorted(cost, key=cost.get)))
