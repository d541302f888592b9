"""Wrong answer to race-deposit: each call makes its own lock, so no two threads share one."""

import threading
import time

balance = 0


def deposit(times):
    global balance
    balance_lock = threading.Lock()
    for _ in range(times):
        with balance_lock:
            current = balance
            time.sleep(0.0001)
            balance = current + 1


threads = [threading.Thread(target=deposit, args=(250,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("balance:", balance)
