"""terminate(): stop a child that would otherwise run forever."""

import multiprocessing
import signal
import threading


def run_forever(started):
    try:
        started.set()  # tell the parent that we are running
        threading.Event().wait()  # an event nobody sets: wait forever
    finally:
        print("child : finally clause ran")  # never printed: see below


if __name__ == "__main__":
    started = multiprocessing.Event()
    p = multiprocessing.Process(target=run_forever, args=(started,))
    p.start()
    started.wait()  # from here on, the child is certainly running
    p.terminate()  # sends the request and returns at once
    p.join()  # wait until the child is really gone
    print("parent: exitcode =", p.exitcode)
    print("parent: exitcode == -signal.SIGTERM:", p.exitcode == -signal.SIGTERM)
