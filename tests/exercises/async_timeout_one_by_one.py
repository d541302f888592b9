"""Wrong answer to async-timeout: a timeout for each page, but the pages are awaited one after another, not at the same time."""

import asyncio
import time

DELAYS = {"home": 0.1, "news": 0.1, "video": 1.0, "about": 0.1}
LIMIT = 0.2  # seconds a page may take


async def fetch(page):
    await asyncio.sleep(DELAYS[page])  # stands in for the network
    return f"{page}.html"


async def fetch_or_give_up(page):
    try:
        return await asyncio.wait_for(fetch(page), LIMIT)
    except asyncio.TimeoutError:  # the built-in TimeoutError from 3.11 on
        return "timed out"


async def main():
    start = time.monotonic()
    results = []
    for page in DELAYS:
        results.append(await fetch_or_give_up(page))
    for page, result in zip(DELAYS, results):
        print(f"{page}: {result}")
    print("all done in under 0.4 s:", time.monotonic() - start < 0.4)


asyncio.run(main())
