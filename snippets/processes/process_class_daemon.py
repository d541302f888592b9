"""Daemon processes: not allowed to have children, and terminated when the
parent exits normally (not after os._exit() or SIGKILL).
"""

import multiprocessing
import threading


def try_to_start_a_child():
    try:
        multiprocessing.Process(target=print).start()
    except AssertionError as e:
        print("daemon child:", type(e).__name__, "-", e)


def run_forever(started):
    started.set()
    threading.Event().wait()  # an event nobody sets: wait forever


if __name__ == "__main__":
    p = multiprocessing.Process(target=try_to_start_a_child, daemon=True)
    p.start()
    p.join()

    started = multiprocessing.Event()
    d = multiprocessing.Process(
        target=run_forever, args=(started,), daemon=True
    )
    d.start()
    started.wait()
    print("parent: the daemon child is running:", d.is_alive())
    print("parent: exiting without joining it")
    # At exit, multiprocessing terminates every daemon child that is still
    # running, then joins it. Without daemon=True, the parent would wait here
    # for run_forever() to return, that is, forever.
