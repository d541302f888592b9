"""multiprocessing.Process.exitcode: 0, the code given to sys.exit(), or -N
after signal N.
"""

import multiprocessing
import sys


def finish():
    pass  # returns normally


def fail():
    sys.exit(3)


def hang(event):
    event.wait()  # the event is never set: this child waits until it is killed


if __name__ == "__main__":
    children = {
        "returned": multiprocessing.Process(target=finish),
        "sys.exit(3)": multiprocessing.Process(target=fail),
        "killed": multiprocessing.Process(
            target=hang, args=(multiprocessing.Event(),)
        ),
    }
    for p in children.values():
        p.start()
    children["killed"].kill()  # SIGKILL on Unix
    for how, p in children.items():
        p.join()  # join() reaps the child and sets exitcode
        print(f"{how:12} exitcode: {p.exitcode}")
