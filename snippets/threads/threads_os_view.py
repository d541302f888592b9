"""The kernel sees each thread as a task of its own. Linux only: reads /proc."""

import os
import threading


def kernel_tasks():
    # one entry per thread of this process
    return len(os.listdir("/proc/self/task"))


print("tasks of this process:", kernel_tasks())

stop = threading.Event()
worker = threading.Thread(target=stop.wait)
worker.start()
print("after starting a thread:", kernel_tasks())
tasks = os.listdir("/proc/self/task")
print(
    "worker's kernel id is a task of this process:",
    str(worker.native_id) in tasks,
)
print(
    "main thread's kernel id equals the pid:",
    threading.main_thread().native_id == os.getpid(),
)

stop.set()
worker.join()
