"""What it costs to start (and finish) a thread, an interpreter and a process.

Only the order is printed: the times depend on the machine.
"""

import multiprocessing
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


def fastest_seconds(starts, rounds):
    """The fastest of `rounds` timings of each, taken in turn: a busy moment
    slows one round of each, not every run of one of them."""
    best = dict.fromkeys(starts, float("inf"))
    for _ in range(rounds):
        for name, start in starts.items():
            began = time.perf_counter()
            start()
            best[name] = min(best[name], time.perf_counter() - began)
    return best


if __name__ == "__main__":
    if interpreters is None:
        print("concurrent.interpreters needs Python 3.14 or newer")
    else:
        starts = {
            "thread": start_thread,
            "interpreter": start_interpreter,
            "process (spawn)": start_process,
        }
        cost = fastest_seconds(starts, rounds=5)
        print("cheapest first:", " < ".join(sorted(cost, key=cost.get)))
