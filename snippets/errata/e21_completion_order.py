"""Asynchronous tasks finish in an order nobody chose: collect results by
handle, not by arrival.
"""

import threading
from concurrent.futures import ThreadPoolExecutor

finished = []
second_done = threading.Event()


def first():
    second_done.wait()  # forces one possible order: "first" finishes last
    finished.append("first")
    return "first"


def second():
    finished.append("second")
    second_done.set()
    return "second"


with ThreadPoolExecutor(2) as executor:
    futures = [executor.submit(first), executor.submit(second)]
    by_handle = [f.result() for f in futures]
print("order they finished in:", finished)
print("results by handle:     ", by_handle)
