"""Threads of one process share its memory: a change made in one is seen by
the others.
"""

import threading

shopping = ["milk"]  # one list, in the memory of the process


def add(item):
    shopping.append(item)  # changes the very list the main thread holds


worker = threading.Thread(target=add, args=("eggs",))
worker.start()
worker.join()  # after join() the thread has finished, and so has its change
print("main sees:", shopping)
