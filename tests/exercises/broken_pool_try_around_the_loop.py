"""A wrong answer to broken-pool: one try around the whole loop, so the
first lost task ends the loop, and the tasks after it are never reported."""

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
        try:
            for n, future in enumerate(futures):
                print(f"task {n}: {future.result()}")
        except BrokenProcessPool:
            print(f"task {n}: lost (BrokenProcessPool)")


if __name__ == "__main__":
    main()
