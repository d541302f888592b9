"""empty() is only a snapshot: another process may change the queue right after
it answers.
"""

import multiprocessing
import queue


def producer(q):
    q.put("the only item")


def consumer(q):
    q.get()


if __name__ == "__main__":
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=producer, args=(q,))
    p.start()
    p.join()  # safe here: the item is tiny, see "How it works" below

    answer = q.empty()
    print("empty() says:", answer)

    # Between the question and the action, another process takes the item.
    # Here we force that order with join(); in a real program it just
    # happens, sometimes.
    c = multiprocessing.Process(target=consumer, args=(q,))
    c.start()
    c.join()

    try:
        q.get_nowait()  # acting on the old answer
    except queue.Empty:
        print(
            "get_nowait() raised queue.Empty: "
            "the answer was already out of date"
        )
