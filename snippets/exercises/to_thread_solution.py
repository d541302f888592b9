"""Exercise to-thread, a solution: asyncio.to_thread() runs each lookup in
the event loop's default thread pool, and the loop waits without blocking."""

import asyncio
import threading
import time

threads_used = set()


def slow_lookup(key):
    threads_used.add(threading.current_thread().name)
    time.sleep(0.05)  # a blocking call, as a synchronous driver makes
    return key.upper()


async def fetch(key):
    return await asyncio.to_thread(slow_lookup, key)


async def main():
    results = await asyncio.gather(fetch("a"), fetch("b"), fetch("c"))
    print("results:", results)
    loop_thread = threading.current_thread().name
    print("ran in the event loop's thread:", loop_thread in threads_used)


if __name__ == "__main__":
    asyncio.run(main())
