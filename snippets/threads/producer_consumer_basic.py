"""One producer, one consumer and a queue.Queue between them; a sentinel ends
the consumer.
"""

import queue
import threading

# a sentinel: a value that is never real data and means "no more items"
DONE = None
buffer = queue.Queue()


def producer():
    for order in ["tea", "coffee", "juice"]:
        buffer.put(order)
    buffer.put(DONE)


def consumer():
    while True:
        order = buffer.get()  # blocks while the queue is empty
        if order is DONE:
            break
        print("serving", order)
    print("consumer: no more orders")


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
