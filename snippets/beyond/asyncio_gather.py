"""asyncio.gather() (Python 3.4+): results in order; a failure does not cancel
the others.
"""

import asyncio


async def fetch(name):
    await asyncio.sleep(0)
    return name


async def wait_for_gate(gate):
    await gate.wait()
    return "slow"


async def fail():
    await asyncio.sleep(0.01)
    raise ValueError("bad response")


async def main():
    # in argument order
    print("all done:", await asyncio.gather(fetch("a"), fetch("b")))

    gate = asyncio.Event()
    slow = asyncio.create_task(wait_for_gate(gate))
    try:
        await asyncio.gather(slow, fail())
    except ValueError as e:  # the first exception, at once
        print("caught:", repr(e), "| slow still running?", not slow.done())
    gate.set()
    print("slow finishes anyway:", await slow)

    results = await asyncio.gather(fetch("a"), fail(), return_exceptions=True)
    print("return_exceptions=True:", results)


asyncio.run(main())
