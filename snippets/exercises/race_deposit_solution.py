"""A solution to race-deposit: one lock, held from the read to the write."""

import threading
import time

balance = 0
balance_lock = threading.Lock()  # one lock, shared by every thread


def deposit(times):
    global balance
    for _ in range(times):
        with balance_lock:
            current = balance
            # Another thread may run here, but it cannot take the lock.
            time.sleep(0.0001)
            balance = current + 1


threads = [threading.Thread(target=deposit, args=(250,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("balance:", balance)
