"""A thread changes the very list the main thread holds; a child process changes
only its copy.
"""

import multiprocessing as mp
import threading


def add(items):
    items.append("added")


if __name__ == "__main__":
    items = []
    t = threading.Thread(target=add, args=(items,))
    t.start()
    t.join()
    print("after a thread: ", items)

    items = []
    p = mp.Process(target=add, args=(items,))
    p.start()
    p.join()
    print("after a process:", items)
