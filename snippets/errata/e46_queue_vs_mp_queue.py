"""queue.Queue hands over the object itself; multiprocessing.Queue hands over a
pickled copy, and lacks task_done().
"""

import multiprocessing as mp
import queue

if __name__ == "__main__":
    item = {"n": 1}
    tq = queue.Queue()
    tq.put(item)
    print("queue.Queue returns the same object:", tq.get() is item)

    mq = mp.Queue()
    mq.put(item)
    got = mq.get()
    print(
        "multiprocessing.Queue returns an equal copy:",
        got == item and got is not item,
    )
    print(
        "task_done() on each:",
        hasattr(tq, "task_done"),
        hasattr(mq, "task_done"),
    )
    mq.close()
    mq.join_thread()
