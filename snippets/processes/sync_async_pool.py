"""Pool.apply() is synchronous; apply_async() is asynchronous, and its
get() blocks.
"""

import multiprocessing
import multiprocessing.pool

gate = None  # set in each worker by the initializer


def keep_event(event):
    global gate
    gate = event


def square(x):
    return x * x


def square_at_gate(x):
    gate.wait()  # this task cannot finish before the parent sets the event
    return x * x


if __name__ == "__main__":
    event = multiprocessing.Event()
    with multiprocessing.Pool(
        1, initializer=keep_event, initargs=(event,)
    ) as pool:
        # Synchronous: apply() hands back the result itself, so the task
        # is over.
        print("apply()      returned", pool.apply(square, (3,)))

        # Asynchronous: apply_async() hands back a handle while the task is
        # still running.
        handle = pool.apply_async(square_at_gate, (4,))
        is_handle = isinstance(handle, multiprocessing.pool.AsyncResult)
        print(
            "apply_async() returned an AsyncResult:",
            is_handle,
            "| ready?",
            handle.ready(),
        )
        print("the caller goes on with other work while the task waits")
        event.set()
        print(
            "get() blocks until the result is there:",
            handle.get(),
            "| ready?",
            handle.ready(),
        )
