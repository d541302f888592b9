"""task_done() and join() belong to JoinableQueue, not
to multiprocessing.Queue.
"""

import multiprocessing as mp


def consume(q):
    while (item := q.get()) is not None:
        print("consumer: handled", item)
        q.task_done()
    q.task_done()  # for the None that ended the loop


if __name__ == "__main__":
    plain = mp.Queue()
    print(
        "multiprocessing.Queue has task_done(), join():",
        hasattr(plain, "task_done"),
        hasattr(plain, "join"),
    )
    q = mp.JoinableQueue()
    consumer = mp.Process(target=consume, args=(q,))
    consumer.start()
    for item in range(3):
        q.put(item)
    q.join()  # returns once every item put so far has been marked task_done()
    print("main: JoinableQueue.join() returned")
    q.put(None)
    consumer.join()
