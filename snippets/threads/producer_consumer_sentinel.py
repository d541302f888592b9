"""Several consumers, one sentinel each, put after all the real data: every
consumer stops.
"""

import queue
import threading

CONSUMERS = 3
DONE = object()  # a unique sentinel: no real item can be `is`-identical to it
jobs = queue.Queue()
handled = {}


def consumer(name):
    count = 0
    while True:
        job = jobs.get()
        if job is DONE:  # one sentinel stops one consumer
            break
        count += 1
    handled[name] = count


def producer():
    for job in range(100):
        jobs.put(job)


consumers = [
    threading.Thread(target=consumer, args=(f"c{i}",)) for i in range(CONSUMERS)
]
for c in consumers:
    c.start()
p = threading.Thread(target=producer)
p.start()
p.join()  # every job is in the queue ...
for _ in consumers:
    jobs.put(DONE)  # ... and after them, one sentinel per consumer
for c in consumers:
    c.join()
print("consumers stopped:", len(handled))
print("jobs handled in all:", sum(handled.values()))
