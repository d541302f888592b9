"""The usual demonstration: two threads each add 1 to a counter, many times."""

import threading

counter = 0


def add(times):
    global counter
    for _ in range(times):
        counter += 1


threads = [threading.Thread(target=add, args=(200_000,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter after 2 x 200000 increments:", counter)
