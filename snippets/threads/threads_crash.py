"""A child process that dies, a thread that raises: the program carries on in
both cases.
"""

import multiprocessing
import os
import signal
import threading


def crash():
    # the child dies at once, as in a hard crash
    os.kill(os.getpid(), signal.SIGKILL)


def fail():
    raise ValueError("bad input")


def report(args):
    # Called for an exception that escapes a thread's run(); the default prints
    # a traceback.
    print(
        f"excepthook: {args.thread.name} raised "
        f"{args.exc_type.__name__}: {args.exc_value}"
    )


if __name__ == "__main__":
    child = multiprocessing.Process(target=crash)
    child.start()
    child.join()
    # negative: killed by that signal
    print("parent: child exit code", child.exitcode)

    threading.excepthook = report
    worker = threading.Thread(target=fail, name="worker")
    worker.start()
    worker.join()
    print("main: still running; worker alive:", worker.is_alive())
