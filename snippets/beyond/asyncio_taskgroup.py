"""asyncio.TaskGroup (Python 3.11+): one failing task cancels the others; errors
come as a group.
"""

import asyncio


async def fetch(name, delay):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError:
        print(f"{name}: cancelled")
        raise  # let the cancellation go on


async def fail():
    await asyncio.sleep(0.01)
    raise ValueError("bad response")


async def main():
    # waits for every task at the end of the block
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(fetch("a", 0))
        b = tg.create_task(fetch("b", 0))
    print("all done:", [a.result(), b.result()])

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("slow", 10))
            tg.create_task(fail())
    # an ExceptionGroup; `except* ValueError` picks out its ValueErrors
    except Exception as group:
        print("caught:", type(group).__name__, group.exceptions)


asyncio.run(main())
