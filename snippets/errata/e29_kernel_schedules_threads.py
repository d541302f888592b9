"""The kernel schedules threads, not processes: each Python thread is a task of
its own. Linux only.
"""

import os
import threading

stop = threading.Event()
workers = [threading.Thread(target=stop.wait) for _ in range(3)]
for worker in workers:
    worker.start()

tasks = sorted(int(name) for name in os.listdir("/proc/self/task"))
print("threads in Python:", threading.active_count())
print("tasks the kernel schedules in this process:", len(tasks))
print(
    "one task per thread, same ids:",
    tasks == sorted(t.native_id for t in threading.enumerate()),
)

stop.set()
for worker in workers:
    worker.join()
