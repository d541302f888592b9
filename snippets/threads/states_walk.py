"""Walk a thread through its life with two Events, and watch what
Python reports.
"""

import re
import threading

running = threading.Event()
go = threading.Event()


def status(thread):
    # repr(thread) also holds the thread's ident, which changes from run to run.
    return re.search(r"initial|started|stopped", repr(thread)).group()


def walk():
    print("walker: running")
    running.set()
    go.wait()  # blocked until the main thread sets go
    print("walker: woken up, returning from run()")


walker = threading.Thread(target=walk, name="walker")
print(f"main:   created  is_alive={walker.is_alive()}  repr: {status(walker)}")
walker.start()
running.wait()
print(f"main:   started  is_alive={walker.is_alive()}  repr: {status(walker)}")
go.set()
walker.join()
print(f"main:   joined   is_alive={walker.is_alive()}  repr: {status(walker)}")

try:
    walker.start()
except RuntimeError as e:
    print("main:   start() again:", e)
