"""task.cancel() raises CancelledError inside the task at its await; finally
blocks run.
"""

import asyncio


async def worker(started):
    started.set()
    try:
        await asyncio.Event().wait()  # waits for ever
    except asyncio.CancelledError:
        print("worker: CancelledError at the await")
        raise  # re-raise, or the task is not marked cancelled
    finally:
        print("worker: finally, clean up")


async def main():
    started = asyncio.Event()
    task = asyncio.create_task(worker(started))
    await started.wait()
    print("main: cancel() ->", task.cancel())
    try:
        await task
    except asyncio.CancelledError:
        print(
            "main: awaiting it raises CancelledError; cancelled()?",
            task.cancelled(),
        )


asyncio.run(main())
