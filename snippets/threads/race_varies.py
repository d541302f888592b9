"""A lost update left to chance: the total changes from run to run."""

import threading
import time

counter = 0


def add(times):
    global counter
    for _ in range(times):
        value = counter  # 1. read
        time.sleep(0)  # the other thread may run here, or may not
        counter = value + 1  # 2. write


threads = [threading.Thread(target=add, args=(100,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter after 2 x 100 increments:", counter)
