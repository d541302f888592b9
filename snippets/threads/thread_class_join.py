"""join(timeout) returns None either way: ask is_alive() whether the
thread finished.
"""

import threading

release = threading.Event()
worker = threading.Thread(target=release.wait)  # blocks until release is set

try:
    worker.join()
except RuntimeError as e:
    print("join() before start():", e)

worker.start()
result = worker.join(timeout=0.1)  # gives up after 0.1 s: release is not set
print(
    "join(timeout=0.1) returned",
    result,
    "and the worker is alive:",
    worker.is_alive(),
)

release.set()
worker.join()  # no timeout: waits as long as it takes
print("join() returned, and the worker is alive:", worker.is_alive())
