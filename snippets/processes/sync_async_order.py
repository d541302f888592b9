"""Asynchronous tasks complete in an order you do not choose; collect results
by handle.
"""

import multiprocessing
from concurrent.futures import ProcessPoolExecutor, as_completed

gate = None  # set in each worker by the initializer


def keep_event(event):
    global gate
    gate = event


def wait_at_gate(label):
    gate.wait()  # cannot complete before the parent sets the event
    return label


def at_once(label):
    return label


if __name__ == "__main__":
    event = multiprocessing.Event()
    with ProcessPoolExecutor(
        2, initializer=keep_event, initargs=(event,)
    ) as executor:
        futures = [
            executor.submit(wait_at_gate, "task 1"),
            executor.submit(at_once, "task 2"),
        ]
        # yields each future as it completes
        for future in as_completed(futures):
            print("completed:", future.result())
            event.set()  # only now may task 1 complete
        print("by handle, in submission order:", [f.result() for f in futures])
