"""A thread cannot run on its own: every thread belongs to a process and sees
that process's pid.
"""

import os
import threading

pids = []
threads = [
    threading.Thread(target=lambda: pids.append(os.getpid())) for _ in range(3)
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(
    "threads:", len(pids), "| all in this process:", set(pids) == {os.getpid()}
)
