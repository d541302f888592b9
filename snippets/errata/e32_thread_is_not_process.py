"""Thread and Process share some of their interface, not all of it."""

import multiprocessing
import threading

for name in [
    "start",
    "join",
    "is_alive",
    "name",
    "daemon",
    "pid",
    "exitcode",
    "terminate",
    "kill",
]:
    in_process = hasattr(multiprocessing.Process, name)
    in_thread = hasattr(threading.Thread, name)
    print(f"{name:9}  Process: {in_process!s:5}  Thread: {in_thread}")
