"""Many overlapping I/O waits need neither many threads nor many processes:
asyncio runs them in one thread.
"""

import asyncio
import threading


async def main(n):
    all_waiting = asyncio.Event()
    waiting = 0

    async def client(i):
        nonlocal waiting
        waiting += 1
        if waiting == n:
            all_waiting.set()
        await all_waiting.wait()  # stands for waiting on the network
        return i

    return await asyncio.gather(*(client(i) for i in range(n)))


results = asyncio.run(main(100))
print(
    f"{len(results)} waits overlapped, threads used: {threading.active_count()}"
)
