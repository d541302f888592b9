"""Exercise where-stuck: the two workers never finish. Instead of waiting
for them for ever, print the function of this file that each worker is stuck
in, then end the program."""

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
for thread in threading.enumerate():
    if thread is not threading.main_thread():
        thread.join()  # waits for ever: the program hangs here
