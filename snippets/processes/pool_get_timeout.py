"""AsyncResult.get(timeout) raises multiprocessing.TimeoutError if the result
is late.
"""

import multiprocessing

gate = None  # set in each worker by the initializer


def open_gate(event):
    global gate
    gate = event


def wait_at_gate(x):
    gate.wait()  # the task cannot finish before the parent sets the event
    return x * x


if __name__ == "__main__":
    event = multiprocessing.Event()
    with multiprocessing.Pool(
        1, initializer=open_gate, initargs=(event,)
    ) as pool:
        result = pool.apply_async(wait_at_gate, (5,))
        try:
            result.get(timeout=0.1)
        except multiprocessing.TimeoutError:
            print("get(timeout=0.1): TimeoutError; ready?", result.ready())
        event.set()
        print("get()           :", result.get(), "; ready?", result.ready())
