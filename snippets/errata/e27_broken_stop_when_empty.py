"""The notes' reader loop, while not queue.empty(): it stops as soon as the
queue is empty for a moment (broken on purpose).
"""

import multiprocessing as mp


def write(queue, reader_done):
    # forces the unlucky order: the reader looks before anything is put
    reader_done.wait()
    for i in range(3):
        queue.put(i)


def read(queue, reader_done):
    got = []
    while not queue.empty():
        got.append(queue.get())
    reader_done.set()
    assert got == [0, 1, 2], f"the reader stopped early with {got}"


if __name__ == "__main__":
    queue, reader_done = mp.Queue(3), mp.Event()
    writer = mp.Process(target=write, args=(queue, reader_done))
    reader = mp.Process(target=read, args=(queue, reader_done))
    writer.start()
    reader.start()
    writer.join()
    reader.join()
    assert reader.exitcode == 0
