"""A wrong answer to to-thread: an await before the call lets other
coroutines run first, but the lookup itself still runs in the loop's thread."""

import asyncio
import threading
import time

threads_used = set()


def slow_lookup(key):
    threads_used.add(threading.current_thread().name)
    time.sleep(0.05)  # a blocking call, as a synchronous driver makes
    return key.upper()


async def fetch(key):
    await asyncio.sleep(0)
    return slow_lookup(key)


async def main():
    results = await asyncio.gather(fetch("a"), fetch("b"), fetch("c"))
    print("results:", results)
    loop_thread = threading.current_thread().name
    print("ran in the event loop's thread:", loop_thread in threads_used)


if __name__ == "__main__":
    asyncio.run(main())
