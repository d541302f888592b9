"""Synchronous apply() waits for the result; asynchronous apply_async() returns
at once, and get() waits later.
"""

import multiprocessing as mp

gate = None


def remember(event):
    global gate
    gate = event


def slow_double(x):
    gate.wait()  # the task cannot finish until the parent opens the gate
    return 2 * x


if __name__ == "__main__":
    event = mp.Event()
    with mp.Pool(1, initializer=remember, initargs=(event,)) as pool:
        pending = pool.apply_async(slow_double, (21,))
        print("apply_async() returned; result ready:", pending.ready())
        event.set()
        print("get() waited for it:", pending.get())
        print("apply() waited, then returned:", pool.apply(slow_double, (1,)))
