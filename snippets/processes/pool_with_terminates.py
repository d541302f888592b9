"""Leaving `with Pool(...)` calls terminate(): tasks that have not finished
are dropped.
"""

import multiprocessing

gate = None  # set in each worker by the initializer


def keep_event(event):
    global gate
    gate = event


def wait_at_gate(x):
    gate.wait()  # the task cannot finish before the parent sets the event
    return x * x


if __name__ == "__main__":
    # never set: the task is still running at the end of the block
    event = multiprocessing.Event()
    with multiprocessing.Pool(
        1, initializer=keep_event, initargs=(event,)
    ) as pool:
        pending = pool.apply_async(wait_at_gate, (3,))
    # False: it was killed with its worker
    print(
        "with-block left; task ready?",
        pending.ready(),
        "| workers alive:",
        multiprocessing.active_children(),
    )

    pool = multiprocessing.Pool(1)
    queued = pool.apply_async(pow, (3, 2))
    pool.close()  # close() + join(): every queued task runs to the end
    pool.join()
    print(
        "close() + join(); task ready?",
        queued.ready(),
        "| result:",
        queued.get(),
    )
