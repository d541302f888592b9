"""Wait until the child says it has started, then ask it to stop: no guessing
with sleep().
"""

import multiprocessing as mp


def child(started, stop):
    print("child : started")
    started.set()
    stop.wait()
    print("child : stopping cleanly")


if __name__ == "__main__":
    started, stop = mp.Event(), mp.Event()
    p = mp.Process(target=child, args=(started, stop))
    p.start()
    started.wait()  # returns only once the child is running
    stop.set()
    p.join()
    print("parent: exit code", p.exitcode)
