"""Wrong answer to pool-squares: a pool of threads, all of them in this process."""

import os
from multiprocessing.pool import ThreadPool


def square(n):
    return n * n, os.getpid()


if __name__ == "__main__":
    with ThreadPool(2) as pool:
        results = pool.map(square, range(10))
    print("squares:", [value for value, _ in results])
    elsewhere = all(pid != os.getpid() for _, pid in results)
    print("all computed in other processes:", elsewhere)
