"""queue.Queue versus multiprocessing.Queue: different methods; the object
itself versus a copy.
"""

import multiprocessing
import queue

if __name__ == "__main__":
    thread_queue = queue.Queue()  # for threads of one process
    process_queue = multiprocessing.Queue()  # for processes
    # for processes, with task_done()/join()
    joinable_queue = multiprocessing.JoinableQueue()

    for name, q in [
        ("queue.Queue", thread_queue),
        ("multiprocessing.Queue", process_queue),
        ("multiprocessing.JoinableQueue", joinable_queue),
    ]:
        has_both = hasattr(q, "task_done") and hasattr(q, "join")
        print(f"{name:29} has task_done() and join(): {has_both}")

    basket = ["milk"]
    thread_queue.put(basket)
    # the queue's feeder thread pickles it after put() returns; what comes out
    # is a copy, even within one process
    process_queue.put(basket)
    print(
        "queue.Queue gives back the same object:          ",
        thread_queue.get() is basket,
    )
    print(
        "multiprocessing.Queue gives back the same object:",
        process_queue.get() is basket,
    )
