"""InterpreterPoolExecutor: a thread pool of interpreters.

Its worker threads each run in an interpreter of their own.
"""

import math
import os

try:
    from concurrent.futures import InterpreterPoolExecutor  # new in Python 3.14
except ImportError:
    InterpreterPoolExecutor = None


def main():
    with InterpreterPoolExecutor(max_workers=2) as executor:
        print(
            "map(math.factorial):",
            list(executor.map(math.factorial, [5, 10, 15])),
        )
        print(
            "same process?", executor.submit(os.getpid).result() == os.getpid()
        )


if __name__ == "__main__":
    if InterpreterPoolExecutor is None:
        print("InterpreterPoolExecutor needs Python 3.14 or newer")
    else:
        main()
