"""Queues for pool workers: Manager().Queue() as a task argument, or a Queue via
the initializer.
"""

import multiprocessing

shared_q = None  # set in each worker by the initializer


def report(q, n):
    q.put(n * n)


def keep_queue(q):
    global shared_q
    shared_q = q


def report_to_shared(n):
    shared_q.put(n * n)


if __name__ == "__main__":
    with multiprocessing.Manager() as manager, multiprocessing.Pool(2) as pool:
        # 1. A plain Queue cannot travel as a task argument.
        # Named, so it is freed at the end, not by a garbage collection that
        # might run inside the resource tracker: under spawn or forkserver,
        # some versions (3.12, for one) then warn "called reentrantly".
        plain = multiprocessing.Queue()
        try:
            pool.apply(report, (plain, 1))
        except RuntimeError as e:
            print("plain Queue as argument:", type(e).__name__, "-", e)

        # 2. A manager's queue can: the argument is a proxy that talks to the
        # manager process.
        q = manager.Queue()
        pool.starmap(report, [(q, n) for n in range(1, 4)])
        print("Manager().Queue()      :", sorted(q.get() for _ in range(3)))

    # 3. A plain Queue handed to each worker when it starts, through
    # the initializer.
    q = multiprocessing.Queue()
    with multiprocessing.Pool(2, initializer=keep_queue, initargs=(q,)) as pool:
        pool.map(report_to_shared, range(1, 4))
        print("Queue via initializer  :", sorted(q.get() for _ in range(3)))
