"""Stop on a sentinel that the writer sends, not on empty(): the reader gets
everything, whatever the timing.
"""

import multiprocessing as mp

DONE = None


def write(queue):
    for i in range(3):
        queue.put(i)
    queue.put(DONE)


def read(queue):
    got = []
    # get() blocks until there is something
    while (item := queue.get()) is not DONE:
        got.append(item)
    print("reader got:", got)


if __name__ == "__main__":
    queue = mp.Queue(3)
    reader = mp.Process(target=read, args=(queue,))
    writer = mp.Process(target=write, args=(queue,))
    reader.start()  # the reader may start first: it simply waits
    writer.start()
    writer.join()
    reader.join()
