"""Wrong answer to lock-pair: a second lock of its own for add_pair(), to keep clear of the deadlock; but read() does not take that lock, so it still comes in between."""

import threading
import time


class Counter:
    def __init__(self):
        self.value = 0
        self.lock = threading.Lock()
        self.pair_lock = threading.Lock()

    def add(self):
        with self.lock:
            self.value += 1

    def add_pair(self):
        with self.pair_lock:
            self.add()
            # Another thread may run here, as at any moment on a busy machine.
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
