"""kill() (Python 3.7+): like terminate(), but with SIGKILL, which no process
can catch.
"""

import multiprocessing
import signal
import threading


def run_forever(started):
    # A process may catch or ignore SIGTERM, as this one does; it cannot
    # catch SIGKILL.
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    started.set()
    threading.Event().wait()  # an event nobody sets: wait forever


if __name__ == "__main__":
    started = multiprocessing.Event()
    p = multiprocessing.Process(target=run_forever, args=(started,))
    p.start()
    started.wait()
    p.terminate()  # ignored by this child
    p.join(timeout=0.2)
    print("after terminate(): alive?", p.is_alive())
    p.kill()
    p.join()
    is_sigkill = p.exitcode == -signal.SIGKILL
    print(
        "after kill()     : exitcode =",
        p.exitcode,
        "| == -signal.SIGKILL:",
        is_sigkill,
    )
