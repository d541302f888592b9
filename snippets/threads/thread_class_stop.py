"""A thread cannot be killed from outside: ask it to stop, and let it finish
by itself.
"""

import threading

stop = threading.Event()
started = threading.Event()


def work():
    started.set()
    while not stop.is_set():  # check the request between small pieces of work
        # a piece of work; wait() returns early once stop is set
        stop.wait(0.01)
    print("worker: stop requested, cleaning up and returning")


worker = threading.Thread(target=work)
worker.start()
started.wait()
stop.set()  # a request, not a kill: the worker decides when to return
worker.join()
print("main: worker alive:", worker.is_alive())
