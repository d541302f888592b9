"""submit() returns a Future at once; map() gives results in input order,
chunksize batches them.
"""

import os
from concurrent.futures import ProcessPoolExecutor


def square(x):
    return x * x


def square_and_where(x):
    return x * x, os.getpid()


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        future = executor.submit(square, 7)  # returns at once
        # waits for the result
        print("submit(square, 7).result():", future.result())
        print(
            "map(square, range(8))     :", list(executor.map(square, range(8)))
        )
        # chunksize=4: two chunks of 4 items, each chunk one round trip to
        # one worker
        results = list(executor.map(square_and_where, range(8), chunksize=4))
        pids = [pid for _, pid in results]
        one_worker_each = len(set(pids[:4])) == 1 and len(set(pids[4:])) == 1
        print("each chunk ran in one worker:", one_worker_each)
