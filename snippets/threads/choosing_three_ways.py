"""One I/O-bound job, three ways: threads, processes and asyncio."""

import asyncio
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def fetch(n):
    # stands for a blocking call: a socket read, a database query
    time.sleep(0.05)
    return n * n


async def fetch_async(n):
    await asyncio.sleep(0.05)  # the same wait, without blocking the event loop
    return n * n


async def fetch_all(numbers):
    return await asyncio.gather(*(fetch_async(n) for n in numbers))


if __name__ == "__main__":
    numbers = range(4)
    with ThreadPoolExecutor(max_workers=4) as pool:
        print("threads:  ", list(pool.map(fetch, numbers)))
    with ProcessPoolExecutor(max_workers=2) as pool:
        print("processes:", list(pool.map(fetch, numbers)))
    print("asyncio:  ", asyncio.run(fetch_all(numbers)))
