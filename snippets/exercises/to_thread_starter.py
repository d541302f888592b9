"""Exercise to-thread: each lookup blocks, and the coroutine calls it
directly, so it runs in the event loop's thread and holds the loop for as
long as it blocks. Hand the lookups to other threads instead."""

import asyncio
import threading
import time

threads_used = set()


def slow_lookup(key):
    threads_used.add(threading.current_thread().name)
    time.sleep(0.05)  # a blocking call, as a synchronous driver makes
    return key.upper()


async def fetch(key):
    return slow_lookup(key)


async def main():
    results = await asyncio.gather(fetch("a"), fetch("b"), fetch("c"))
    print("results:", results)
    loop_thread = threading.current_thread().name
    print("ran in the event loop's thread:", loop_thread in threads_used)


if __name__ == "__main__":
    asyncio.run(main())
