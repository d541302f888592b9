"""Blocking and non-blocking calls: the same operation, with and
without waiting.
"""

import queue
import threading

q = queue.Queue()
try:
    q.get_nowait()  # same as q.get(block=False): never waits
except queue.Empty:
    print("get_nowait() on an empty queue: raises queue.Empty at once")
try:
    q.get(timeout=0.1)  # blocking, but for at most 0.1 s
except queue.Empty:
    print("get(timeout=0.1): waited, then raised queue.Empty")
q.put("job")
# blocking: would wait if the queue were empty
print("get() with an item there:", q.get())

lock = threading.Lock()
lock.acquire()
# False, no waiting
print("acquire(blocking=False) on a held lock:", lock.acquire(blocking=False))
lock.release()
print("acquire(blocking=False) on a free lock:", lock.acquire(blocking=False))
lock.release()
