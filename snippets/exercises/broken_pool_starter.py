"""Exercise broken-pool: task 3 kills its worker process, and the program
stops with a traceback at that task. Report every task instead: its result,
or that it was lost with the pool."""

import os
from concurrent.futures import ProcessPoolExecutor


def square(n):
    if n == 3:
        os._exit(1)  # the worker process dies, as in a crash
    return n * n


def main():
    # One worker: the tasks run one after another, in order.
    with ProcessPoolExecutor(max_workers=1) as pool:
        futures = [pool.submit(square, n) for n in range(5)]
        for n, future in enumerate(futures):
            print(f"task {n}: {future.result()}")


if __name__ == "__main__":
    main()
