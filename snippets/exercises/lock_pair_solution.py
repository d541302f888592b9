"""A solution to lock-pair: add_pair() holds the lock around both additions,
and the lock is an RLock, so the add() calls inside may take it again."""

import threading
import time


class Counter:
    def __init__(self):
        self.value = 0
        self.lock = threading.RLock()  # its holder may take it again

    def add(self):
        with self.lock:
            self.value += 1

    def add_pair(self):
        with self.lock:  # held across both: no read comes in between
            self.add()  # takes the lock again, inside: fine for an RLock
            # Another thread may run here, but it cannot take the lock.
            time.sleep(0.0001)
            self.add()

    def read(self):
        with self.lock:
            return self.value


counter = Counter()
done = threading.Event()
odd_reads = 0


def add_pairs(times):
    for _ in range(times):
        counter.add_pair()


def watch():
    """Read the counter until the adding is done; count the odd values."""
    global odd_reads
    while not done.is_set():
        if counter.read() % 2:
            odd_reads += 1
        time.sleep(0)


watcher = threading.Thread(target=watch)
watcher.start()
adder = threading.Thread(target=add_pairs, args=(300,))
adder.start()
adder.join()
done.set()
watcher.join()
print("value:", counter.read())
print("odd values read:", odd_reads)
