"""Each thread has its own place in the code (its own program counter), and one
process can have many threads.
"""

import sys
import threading

parked = threading.Barrier(3)
release = threading.Event()


def reading():
    parked.wait()
    release.wait()


def writing():
    parked.wait()
    release.wait()


def where(thread):
    """The function of this file that the thread is running right now."""
    frame = sys._current_frames()[thread.ident]
    while (
        frame.f_code.co_filename != __file__ or frame.f_code.co_name == "where"
    ):
        frame = frame.f_back
    return frame.f_code.co_name


workers = [threading.Thread(target=reading), threading.Thread(target=writing)]
for worker in workers:
    worker.start()
parked.wait()  # both workers are now inside their own functions

places = [
    where(threading.main_thread())
]  # not in a comprehension: before 3.12 that is a frame of its own
places += [where(worker) for worker in workers]
print("one process, threads:", len(places))
print("where each thread is:", places)
# three threads, three different places in the code
assert len(set(places)) == 3

release.set()
for worker in workers:
    worker.join()
