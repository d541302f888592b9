"""Blocking calls from asyncio: asyncio.to_thread() (3.9+)
and loop.run_in_executor().
"""

import asyncio
import threading
import time
from concurrent.futures import ProcessPoolExecutor


def blocking_io(n):
    # stands for a blocking call: a file, a database driver, requests.get()
    time.sleep(0.05)
    return n, threading.current_thread() is threading.main_thread()


def cpu_work(n):
    return sum(i * i for i in range(n))


async def main():
    # Three blocking calls at once, each in a thread of the loop's
    # default executor.
    results = await asyncio.gather(
        *(asyncio.to_thread(blocking_io, n) for n in range(3))
    )
    in_main = any(main_thread for _, main_thread in results)
    print(
        "to_thread:", [n for n, _ in results], "| in the main thread?", in_main
    )

    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2) as pool:
        sums = await asyncio.gather(
            *(loop.run_in_executor(pool, cpu_work, n) for n in (10, 100))
        )
    print("run_in_executor(process pool):", sums)


if __name__ == "__main__":
    asyncio.run(main())
