"""The same two increments with a Lock around the read and the write: nothing
is lost.
"""

import threading

counter = 0
lock = threading.Lock()
at_start = threading.Barrier(2)  # both threads set off together, as in the race
seen = []


def add_one():
    global counter
    at_start.wait()
    with lock:  # only one thread at a time runs the next three lines
        value = counter  # 1. read
        seen.append(value)
        counter = value + 1  # 2. write, before the other thread can read


threads = [threading.Thread(target=add_one) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("the two threads read", sorted(seen))
print("counter after two increments:", counter)
