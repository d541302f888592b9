"""Exercise async-timeout: fetch four pages at the same time, and give each
at most LIMIT seconds; a page that takes longer is reported as timed out."""

import asyncio
import time

DELAYS = {"home": 0.1, "news": 0.1, "video": 1.0, "about": 0.1}
LIMIT = 0.2  # seconds a page may take


async def fetch(page):
    await asyncio.sleep(DELAYS[page])  # stands in for the network
    return f"{page}.html"


async def main():
    start = time.monotonic()
    results = []
    for page in DELAYS:
        results.append(await fetch(page))
    for page, result in zip(DELAYS, results):
        print(f"{page}: {result}")
    print("all done in under 0.4 s:", time.monotonic() - start < 0.4)


asyncio.run(main())
