"""concurrent.futures: submit() is asynchronous; result() blocks;
callbacks notify.
"""

import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor

gate = None  # set in each worker by the initializer


def keep_event(event):
    global gate
    gate = event


def square_at_gate(x):
    gate.wait()  # this task cannot finish before the parent sets the event
    return x * x


if __name__ == "__main__":
    event = multiprocessing.Event()
    notified = threading.Event()
    with ProcessPoolExecutor(
        max_workers=1, initializer=keep_event, initargs=(event,)
    ) as executor:
        future = executor.submit(square_at_gate, 5)
        # called when the task completes
        future.add_done_callback(lambda f: notified.set())
        print(
            "submit() returned a",
            type(future).__name__,
            "| done?",
            future.done(),
        )
        event.set()
        print("result() blocks until the task completes:", future.result())
        notified.wait()
        print("the done-callback has run:", notified.is_set())
