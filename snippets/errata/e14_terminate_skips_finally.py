"""terminate() ends the child with SIGTERM: its finally blocks and exit handlers
do not run.
"""

import multiprocessing as mp
import signal
import threading


def child(ready):
    try:
        ready.set()
        threading.Event().wait()  # waits for ever
    finally:
        print("child : cleaning up")  # never printed


if __name__ == "__main__":
    ready = mp.Event()
    p = mp.Process(target=child, args=(ready,))
    p.start()
    ready.wait()
    p.terminate()
    p.join()
    print("parent: child ended by SIGTERM:", p.exitcode == -signal.SIGTERM)
