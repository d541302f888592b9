"""create_task() schedules a coroutine; it starts when the current coroutine
yields to the loop.
"""

import asyncio


async def work(name):
    print(f"{name}: started")
    await asyncio.sleep(0.01)
    return name.upper()


async def main():
    task = asyncio.create_task(work("job"))
    print("main: task created, done?", task.done())
    # main yields; the loop runs the task up to its first await
    await asyncio.sleep(0)
    print("main: back, done?", task.done())
    result = await task  # wait for the task and take its result
    print("main: result", repr(result), "| done?", task.done())


asyncio.run(main())
