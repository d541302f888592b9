"""At exit, Python waits only for non-daemon threads and processes; daemons are
stopped instead.
"""

import multiprocessing as mp
import threading


def forever():
    threading.Event().wait()


if __name__ == "__main__":
    threading.Thread(target=forever, daemon=True).start()
    mp.Process(target=forever, daemon=True).start()
    print(
        "main: done; nothing waits for the daemon thread or the daemon process"
    )
