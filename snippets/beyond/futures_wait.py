"""wait() with FIRST_COMPLETED and FIRST_EXCEPTION returns (done,
not_done) early.
"""

import threading
from concurrent.futures import (
    ALL_COMPLETED,
    FIRST_COMPLETED,
    FIRST_EXCEPTION,
    ThreadPoolExecutor,
    wait,
)


def slow(gate):
    gate.wait()
    return "slow done"


def quick():
    return "quick done"


def failing():
    raise ValueError("bad input")


def names(futures, labels):
    return sorted(labels[f] for f in futures)


if __name__ == "__main__":
    gate = threading.Event()
    with ThreadPoolExecutor(max_workers=3) as executor:
        labels = {
            executor.submit(slow, gate): "slow",
            executor.submit(quick): "quick",
        }
        done, not_done = wait(labels, return_when=FIRST_COMPLETED)
        print(
            "FIRST_COMPLETED: done",
            names(done, labels),
            "| not done",
            names(not_done, labels),
        )

        labels[executor.submit(failing)] = "failing"
        done, not_done = wait(labels, return_when=FIRST_EXCEPTION)
        print(
            "FIRST_EXCEPTION: done",
            names(done, labels),
            "| not done",
            names(not_done, labels),
        )

        gate.set()
        done, not_done = wait(labels, return_when=ALL_COMPLETED)  # the default
        print(
            "ALL_COMPLETED  : done",
            names(done, labels),
            "| not done",
            names(not_done, labels),
        )
