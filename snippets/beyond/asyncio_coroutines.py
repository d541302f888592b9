"""A coroutine runs only when awaited; at each await the event loop may run another one."""

import asyncio


async def count(name, n):
    for i in range(n):
        print(f"{name}: step {i}")
        await asyncio.sleep(0)  # hand control back to the event loop for one round


async def main():
    coro = count("alone", 1)  # calling an async def function runs nothing yet
    print("a coroutine object?", asyncio.iscoroutine(coro))
    await coro  # now it runs, to the end, while main() waits
    await asyncio.gather(count("a", 2), count("b", 2))  # two at once: they take turns


asyncio.run(main())  # creates an event loop, runs main() in it, closes the loop
