"""A worker process that dies breaks the whole
ProcessPoolExecutor: BrokenProcessPool.
"""

import os
from concurrent.futures import BrokenExecutor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def die():
    # the worker process ends without a word: no result, no exception
    os._exit(1)


def square(x):
    return x * x


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        print("before:", executor.submit(square, 3).result())
        try:
            executor.submit(die).result()
        except BrokenProcessPool as e:
            broken = isinstance(e, BrokenExecutor)
            print("result():", type(e).__name__, "| a BrokenExecutor?", broken)
        try:
            executor.submit(square, 4)
        except BrokenProcessPool:
            print(
                "submit() afterwards: BrokenProcessPool too; "
                "the pool cannot be used again"
            )
