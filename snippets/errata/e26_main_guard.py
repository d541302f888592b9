"""The same exchange that works with every start method: functions at the top
level, the rest under the main guard.
"""

import multiprocessing as mp


def write(queue):
    for i in range(3):
        queue.put(i)


def read(queue):
    print("reader got:", [queue.get() for _ in range(3)])


if __name__ == "__main__":
    # created here and passed to the children as an argument
    queue = mp.Queue(3)
    writer = mp.Process(target=write, args=(queue,))
    reader = mp.Process(target=read, args=(queue,))
    writer.start()
    reader.start()
    writer.join()
    reader.join()
