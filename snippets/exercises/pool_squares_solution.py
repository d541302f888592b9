"""A solution to pool-squares: Pool.map, with a task defined at top level."""

import os
from multiprocessing import Pool


def square(n):
    return n * n, os.getpid()


if __name__ == "__main__":
    with Pool(2) as pool:
        results = pool.map(square, range(10))
    print("squares:", [value for value, _ in results])
    elsewhere = all(pid != os.getpid() for _, pid in results)
    print("all computed in other processes:", elsewhere)
