"""An asyncio.Queue between coroutines: put/get, task_done() and join(), a
bounded size.
"""

import asyncio


async def producer(queue):
    for item in range(5):
        await queue.put(item)  # waits while the queue is full (maxsize=2)
    print("producer: all 5 items put")


async def consumer(queue, results):
    while True:
        item = await queue.get()
        results.append(item * 10)
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    results = []
    consumer_task = asyncio.create_task(consumer(queue, results))
    await producer(queue)
    await queue.join()  # until task_done() was called for every item
    consumer_task.cancel()  # the consumer loops for ever: stop it
    print("consumed:", results)


asyncio.run(main())
