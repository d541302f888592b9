"""A child changes its own global, environment and working directory; the
parent's do not change.
"""

import multiprocessing
import os
import tempfile

counter = 1


def child(new_dir):
    global counter
    before = counter
    counter = 100  # its own copy of the global
    os.environ["GREETING"] = "changed"  # its own environment
    os.chdir(new_dir)  # its own working directory
    moved = os.path.samefile(os.getcwd(), new_dir)
    greeting = os.environ["GREETING"]
    print(
        f"child : counter {before} -> {counter}, GREETING={greeting}, "
        f"in new_dir: {moved}"
    )


if __name__ == "__main__":
    os.environ["GREETING"] = "hello"
    start = os.getcwd()
    with tempfile.TemporaryDirectory() as new_dir:
        p = multiprocessing.Process(target=child, args=(new_dir,))
        p.start()
        p.join()
    greeting = os.environ["GREETING"]
    print(
        f"parent: counter {counter}, GREETING={greeting}, "
        f"in start: {os.getcwd() == start}"
    )
