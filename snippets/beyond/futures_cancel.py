"""cancel() stops a task not yet started; shutdown(cancel_futures=True) cancels
all waiting ones.
"""

import threading
from concurrent.futures import ThreadPoolExecutor


def blocker(started, gate):
    started.set()
    gate.wait()
    return "blocker done"


def square(x):
    return x * x


if __name__ == "__main__":
    started, gate = threading.Event(), threading.Event()
    # one worker: everything else waits
    executor = ThreadPoolExecutor(max_workers=1)
    running = executor.submit(blocker, started, gate)
    started.wait()  # the one worker is now busy
    waiting = [executor.submit(square, n) for n in range(4)]
    print("cancel() a running task :", running.cancel())
    first = waiting[0]
    print(
        "cancel() a waiting task :",
        first.cancel(),
        "| cancelled()?",
        first.cancelled(),
    )

    executor.shutdown(wait=False, cancel_futures=True)  # Python 3.9+
    print(
        "after shutdown(cancel_futures=True), cancelled:",
        [f.cancelled() for f in waiting],
    )
    gate.set()
    print("the running task still finishes:", running.result())
    executor.shutdown()  # wait for the worker thread to exit
    print("threads left:", [t.name for t in threading.enumerate()])
