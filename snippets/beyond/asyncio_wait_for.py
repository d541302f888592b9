"""asyncio.wait_for() (Python 3.4+): await with a time limit; on timeout,
cancel the awaitable.
"""

import asyncio


async def wait_and_clean_up(event):
    try:
        await event.wait()
    finally:
        print("inner: finally runs (cancelled by the timeout)")


async def main():
    never = asyncio.Event()
    try:
        await asyncio.wait_for(wait_and_clean_up(never), timeout=0.05)
    # the built-in TimeoutError from Python 3.11
    except asyncio.TimeoutError as e:
        print("wait_for:", type(e).__name__)


asyncio.run(main())
