"""Wrong answer to race-deposit: the lock guards the write, but the value was read before it."""

import threading
import time

balance = 0
balance_lock = threading.Lock()


def deposit(times):
    global balance
    for _ in range(times):
        current = balance
        time.sleep(0.0001)
        with balance_lock:
            balance = current + 1


threads = [threading.Thread(target=deposit, args=(250,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("balance:", balance)
