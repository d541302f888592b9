"""A coroutine runs only when awaited or wrapped in a Task (as gather() does);
at each await the event loop may run another one.
"""

import asyncio


async def count(name, n):
    for i in range(n):
        print(f"{name}: step {i}")
        # hand control back to the event loop for one round
        await asyncio.sleep(0)


async def main():
    coro = count("alone", 1)  # calling an async def function runs nothing yet
    print("a coroutine object?", asyncio.iscoroutine(coro))
    await coro  # now it runs, to the end, while main() waits
    # two at once: they take turns
    await asyncio.gather(count("a", 2), count("b", 2))


asyncio.run(main())  # creates an event loop, runs main() in it, closes the loop
