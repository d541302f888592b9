"""Exercise pool-squares: compute the squares in worker processes (a Pool)."""

import os


def square(n):
    return n * n, os.getpid()


if __name__ == "__main__":
    # Built-in map: every call runs in this process. Use a Pool's map instead.
    results = list(map(square, range(10)))
    print("squares:", [value for value, _ in results])
    elsewhere = all(pid != os.getpid() for _, pid in results)
    print("all computed in other processes:", elsewhere)
