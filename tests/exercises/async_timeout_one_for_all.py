"""Wrong answer to async-timeout: one timeout around the whole gather(), which cancels every page when the slow one runs over."""

import asyncio
import time

DELAYS = {"home": 0.1, "news": 0.1, "video": 1.0, "about": 0.1}
LIMIT = 0.2  # seconds a page may take


async def fetch(page):
    await asyncio.sleep(DELAYS[page])  # stands in for the network
    return f"{page}.html"


async def main():
    start = time.monotonic()
    try:
        results = await asyncio.wait_for(asyncio.gather(*(fetch(p) for p in DELAYS)), LIMIT)
    except asyncio.TimeoutError:
        results = ["timed out"] * len(DELAYS)
    for page, result in zip(DELAYS, results):
        print(f"{page}: {result}")
    print("all done in under 0.4 s:", time.monotonic() - start < 0.4)


asyncio.run(main())
