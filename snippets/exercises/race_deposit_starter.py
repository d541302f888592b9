"""Exercise race-deposit: four threads deposit 1, 250 times each: make it
print 1000 every time."""

import threading
import time

balance = 0


def deposit(times):
    global balance
    for _ in range(times):
        current = balance
        # Another thread may run here, as at any moment on a busy machine.
        time.sleep(0.0001)
        balance = current + 1


threads = [threading.Thread(target=deposit, args=(250,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("balance:", balance)
