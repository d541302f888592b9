"""ThreadPoolExecutor and ProcessPoolExecutor: one interface, two kinds
of worker.
"""

import os
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def square_and_where(x):
    return x * x, os.getpid()


if __name__ == "__main__":
    for executor_class in (ThreadPoolExecutor, ProcessPoolExecutor):
        with executor_class(max_workers=2) as executor:
            # in input order
            results = list(executor.map(square_and_where, range(5)))
        squares = [square for square, _ in results]
        here = all(pid == os.getpid() for _, pid in results)
        print(
            f"{executor_class.__name__:19}: {squares} | "
            f"ran in this process? {here}"
        )
