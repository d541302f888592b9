"""exitcode: 0 after a normal return, N after sys.exit(N)."""

import multiprocessing
import sys


def finish_normally():
    pass


def give_up():
    sys.exit(3)  # raises SystemExit(3); the child's exit code becomes 3


if __name__ == "__main__":
    for target in (finish_normally, give_up):
        p = multiprocessing.Process(target=target)
        p.start()
        p.join()
        print(f"{target.__name__:15} exitcode = {p.exitcode}")
