"""A wrong answer to broken-pool: it expects only the task that crashed to
fail, and asks the broken executor to run the tasks after it again."""

import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def square(n):
    if n == 3:
        os._exit(1)
    return n * n


def main():
    with ProcessPoolExecutor(max_workers=1) as pool:
        futures = [pool.submit(square, n) for n in range(5)]
        for n, future in enumerate(futures):
            try:
                print(f"task {n}: {future.result()}")
            except BrokenProcessPool:
                if n == 3:
                    print(f"task {n}: lost (BrokenProcessPool)")
                else:
                    print(f"task {n}: {pool.submit(square, n).result()}")


if __name__ == "__main__":
    main()
