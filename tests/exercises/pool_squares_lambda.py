"""Wrong answer to pool-squares: a lambda cannot be pickled, so it cannot be sent to a worker."""

import os
from multiprocessing import Pool

if __name__ == "__main__":
    with Pool(2) as pool:
        results = pool.map(lambda n: (n * n, os.getpid()), range(10))
    print("squares:", [value for value, _ in results])
    elsewhere = all(pid != os.getpid() for _, pid in results)
    print("all computed in other processes:", elsewhere)
