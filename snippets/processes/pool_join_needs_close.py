"""Pool.join() waits for the workers to exit, so it needs close() or
terminate() first.
"""

import multiprocessing


def square(x):
    return x * x


if __name__ == "__main__":
    pool = multiprocessing.Pool(2)
    result = pool.apply_async(square, (6,))
    try:
        # the pool still accepts tasks: its workers have no reason to exit
        pool.join()
    except ValueError as e:
        print("join() before close():", type(e).__name__, "-", e)
    pool.close()  # no more tasks; workers exit once the queued tasks are done
    pool.join()  # now join() can wait for them
    print("after close() and join():", result.get())
    print("workers alive:", multiprocessing.active_children())
