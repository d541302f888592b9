"""multiprocessing.Queue: maxsize, blocking and non-blocking put() and get()."""

import multiprocessing
import queue  # the exceptions live here, not in multiprocessing

if __name__ == "__main__":
    # At most 2 items; maxsize <= 0 (the default) means the platform's limit.
    q = multiprocessing.Queue(maxsize=2)
    q.put("a")
    q.put("b")  # the queue is full now
    try:
        q.put("c", timeout=0.1)  # blocks for at most 0.1 s
    except queue.Full:
        print("put(timeout=0.1) on a full queue: queue.Full")
    try:
        q.put_nowait("c")  # same as put("c", block=False): never waits
    except queue.Full:
        print("put_nowait() on a full queue    : queue.Full")

    # blocks until an item is there; FIFO order
    print("get():", q.get(), q.get())
    try:
        q.get(timeout=0.1)
    except queue.Empty:
        print("get(timeout=0.1) on an empty queue: queue.Empty")
    try:
        q.get_nowait()  # same as get(block=False)
    except queue.Empty:
        print("get_nowait() on an empty queue    : queue.Empty")
