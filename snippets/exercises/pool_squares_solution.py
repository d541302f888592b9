"""A solution to pool-squares: Pool.map, with the task defined at the top of the module."""

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
