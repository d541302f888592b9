"""Queue.shutdown() (Python 3.13+): consumers take what is left, then
get queue.ShutDown.
"""

import queue
import sys
import threading

if not hasattr(queue.Queue, "shutdown"):  # Python 3.12 and older
    print(
        "Queue.shutdown() is new in Python 3.13: on this Python, use sentinels"
    )
    sys.exit()

CONSUMERS = 3
jobs = queue.Queue()
handled = {}


def consumer(name):
    count = 0
    while True:
        try:
            jobs.get()
        except queue.ShutDown:  # shut down, and nothing left to get
            break
        count += 1
    handled[name] = count


consumers = [
    threading.Thread(target=consumer, args=(f"c{i}",)) for i in range(CONSUMERS)
]
for c in consumers:
    c.start()
for job in range(100):
    jobs.put(job)
jobs.shutdown()  # no more puts; gets drain what is left, then raise ShutDown
try:
    jobs.put("late")
except queue.ShutDown:
    print("put() after shutdown(): ShutDown")
for c in consumers:
    c.join()
print("consumers stopped:", len(handled))
print("jobs handled in all:", sum(handled.values()))
