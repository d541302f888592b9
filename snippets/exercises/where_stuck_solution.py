"""A solution to where-stuck: from each worker's innermost frame, follow
f_back out to the first frame of this file; then end the program (the
workers are daemon threads, so they do not keep it running)."""

import sys
import threading

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
    threading.Thread(
        target=worker, args=(me, other), name=me, daemon=True
    ).start()
inside.wait()  # both workers are now inside handshake()
frames = sys._current_frames()  # thread id -> its innermost frame
workers = [t for t in threading.enumerate() if t is not threading.main_thread()]
for thread in sorted(workers, key=lambda t: t.name):
    # innermost: usually in threading.py (in Event.wait() or Barrier.wait(),
    # or what they call), else in handshake() itself, between the two waits
    frame = frames[thread.ident]
    while frame.f_code.co_filename != __file__:
        frame = frame.f_back  # out to the caller, until it is our code
    print(f"{thread.name}: stuck in {frame.f_code.co_name}")
