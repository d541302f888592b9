"""Exercise broken-pool, a solution: each result() in a try of its own, so
that every task is reported, those lost with the pool too."""

import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def square(n):
    if n == 3:
        os._exit(1)  # the worker process dies, as in a crash
    return n * n


def main():
    # One worker: the tasks run one after another, in order.
    with ProcessPoolExecutor(max_workers=1) as pool:
        futures = [pool.submit(square, n) for n in range(5)]
        for n, future in enumerate(futures):
            try:
                print(f"task {n}: {future.result()}")
            except BrokenProcessPool:
                print(f"task {n}: lost (BrokenProcessPool)")


if __name__ == "__main__":
    main()
