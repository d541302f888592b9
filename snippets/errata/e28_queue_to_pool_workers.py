"""A multiprocessing.Queue cannot be a task argument, but pool workers can
inherit it through initializer.
"""

import multiprocessing as mp

results = None


def remember(queue):
    global results
    results = queue


def square(x):
    results.put(x * x)


def put_into(queue, x):
    queue.put(x)


if __name__ == "__main__":
    queue = mp.Queue()
    with mp.Pool(1) as pool:
        try:
            pool.apply(put_into, (queue, 1))
        except RuntimeError as e:
            print("as a task argument:", e)
    pool = mp.Pool(2, initializer=remember, initargs=(queue,))
    pool.map(square, [1, 2, 3])
    pool.close()
    pool.join()  # workers exit normally, flushing what they put
    print(
        "inherited through initializer:", sorted(queue.get() for _ in range(3))
    )
