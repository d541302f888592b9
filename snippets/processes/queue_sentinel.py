"""Stop a reader with a sentinel, not with `while not q.empty()`."""

import multiprocessing

DONE = None  # the sentinel: any value the writer never sends as data


def writer(q, may_start):
    may_start.wait()
    for item in ("x", "y", "z"):
        q.put(item)
    q.put(DONE)


def reader_with_empty(q, checked):
    got = []
    # the queue is empty whenever the reader runs ahead of the writer
    while not q.empty():
        got.append(q.get())
    checked.set()
    print("empty() reader  got:", got)


def reader_with_sentinel(q):
    got = []
    while (item := q.get()) is not DONE:  # blocks until the next item arrives
        got.append(item)
    print("sentinel reader got:", got)


if __name__ == "__main__":
    # 1. The reader checks empty() before the writer has put anything. The
    #    Event forces that order here; without it, it happens only sometimes.
    q = multiprocessing.Queue()
    checked = multiprocessing.Event()
    r = multiprocessing.Process(target=reader_with_empty, args=(q, checked))
    w = multiprocessing.Process(target=writer, args=(q, checked))
    r.start()
    w.start()
    r.join()
    # the items are tiny, so the writer can exit before anyone reads them
    w.join()

    # 2. The same writer, started in the same order, with a reader that waits
    # for the sentinel.
    q = multiprocessing.Queue()
    go = multiprocessing.Event()
    r = multiprocessing.Process(target=reader_with_sentinel, args=(q,))
    w = multiprocessing.Process(target=writer, args=(q, go))
    r.start()
    w.start()
    go.set()
    r.join()
    w.join()
