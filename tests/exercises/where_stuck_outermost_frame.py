"""A wrong answer to where-stuck: the outermost frame of this file is the
thread's target, worker(), not the function it is stuck in."""

import sys
import threading
import traceback

ready = {"worker-1": threading.Event(), "worker-2": threading.Event()}
# The two workers and the main thread: once the main thread is past it, both
# workers are inside handshake(), and they never leave it.
inside = threading.Barrier(3)


def handshake(me, other):
    inside.wait()
    ready[other].wait()  # each waits for the other to be ready first...
    ready[me].set()  # ...so neither ever gets here


def worker(me, other):
    handshake(me, other)
    print(f"{me}: shook hands with {other}")


for me, other in ("worker-1", "worker-2"), ("worker-2", "worker-1"):
    threading.Thread(target=worker, args=(me, other), name=me, daemon=True).start()
inside.wait()  # both workers are now inside handshake()
frames = sys._current_frames()  # thread id -> its innermost frame
workers = [t for t in threading.enumerate() if t is not threading.main_thread()]
for thread in sorted(workers, key=lambda t: t.name):
    stack = traceback.extract_stack(frames[thread.ident])
    ours = [f for f in stack if f.filename == __file__][0]  # the outermost
    print(f"{thread.name}: stuck in {ours.name}")
