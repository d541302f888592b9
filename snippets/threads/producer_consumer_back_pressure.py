"""Back-pressure: a full bounded queue makes the producer's put() wait for
the consumer.
"""

import queue
import threading

buffer = queue.Queue(maxsize=2)
put_done = []
must_wait = threading.Event()


def fast_producer():
    for item in ["a", "b", "c", "d", "e"]:
        if buffer.full():
            must_wait.set()  # this put() will have to wait for the consumer
        buffer.put(item)  # blocks while the buffer is full
        put_done.append(item)


producer = threading.Thread(target=fast_producer)
producer.start()
must_wait.wait()
print(
    "buffer full with", buffer.qsize(), "items; the producer has put", put_done
)
producer.join(timeout=0.2)  # however long we wait ...
print("0.2 s later it is still waiting in put():", producer.is_alive())

for _ in range(5):  # ... only the consumer taking items lets it go on
    print("got", buffer.get())
producer.join()
print("producer finished, items put:", put_done)
