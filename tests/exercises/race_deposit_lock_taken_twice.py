"""Wrong answer to race-deposit: a Lock taken again by the thread that holds it waits forever."""

import threading
import time

balance = 0
balance_lock = threading.Lock()


def add_one():
    global balance
    with balance_lock:
        current = balance
        time.sleep(0.0001)
        balance = current + 1


def deposit(times):
    for _ in range(times):
        with balance_lock:
            add_one()


threads = [threading.Thread(target=deposit, args=(250,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("balance:", balance)
