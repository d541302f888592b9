"""A lost update, every time: both threads read the counter before either
writes it.
"""

import threading

counter = 0
# lets a thread go on only when both have reached it
both_read = threading.Barrier(2)
seen = {}


def add_one(name):
    global counter
    value = counter  # 1. read
    seen[name] = value
    both_read.wait()  # the other thread has read the same old value by now
    counter = value + 1  # 2. write: old value + 1


threads = [
    threading.Thread(target=add_one, args=(name,)) for name in ("A", "B")
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("A read", seen["A"], "and B read", seen["B"])
print("counter after two increments:", counter)
