"""terminate() only sends SIGTERM and returns at once; a child may ignore
SIGTERM, and kill() cannot be ignored.
"""

import multiprocessing as mp
import signal
import threading


def stubborn(ready):
    # a child may handle or ignore SIGTERM
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    ready.set()
    threading.Event().wait()  # then waits for ever


if __name__ == "__main__":
    ready = mp.Event()
    child = mp.Process(target=stubborn, args=(ready,))
    child.start()
    ready.wait()
    child.terminate()  # sends SIGTERM and returns: it does not wait
    child.join(timeout=0.2)
    print("alive after terminate():", child.is_alive())
    child.kill()  # SIGKILL cannot be caught or ignored
    child.join()
    print("exit code after kill():", child.exitcode, "(minus SIGKILL)")
