"""A bounded queue.Queue: put_nowait() and put(timeout=...) raise queue.Full
when it is full.
"""

import queue

buffer = queue.Queue(maxsize=2)
buffer.put("first")
buffer.put("second")
print("size", buffer.qsize(), "full:", buffer.full())

try:
    buffer.put_nowait("third")  # same as put("third", block=False)
except queue.Full:
    print("put_nowait(): queue.Full at once")

try:
    buffer.put("third", timeout=0.1)
except queue.Full:
    print("put(timeout=0.1): queue.Full after 0.1 s")

print("get():", buffer.get())
buffer.put_nowait("third")  # one slot is free again
print("now holds:", [buffer.get_nowait() for _ in range(buffer.qsize())])
