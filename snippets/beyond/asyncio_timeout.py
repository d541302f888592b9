"""asyncio.timeout() (Python 3.11+): cancel the work inside the block when time
is up.
"""

import asyncio


async def main():
    never = asyncio.Event()  # nobody sets it: waiting for it takes for ever
    try:
        async with asyncio.timeout(0.05):
            await never.wait()
    except TimeoutError:
        print("asyncio.timeout(0.05): TimeoutError")

    async with asyncio.timeout(1):
        await asyncio.sleep(0)
    print("finished in time: no exception")


asyncio.run(main())
