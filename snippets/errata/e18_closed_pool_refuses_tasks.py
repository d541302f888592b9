"""After pool.close() the pool takes no new task; pool.join() then waits for the
tasks it already has.
"""

import multiprocessing as mp


def double(x):
    return 2 * x


if __name__ == "__main__":
    pool = mp.Pool(2)
    pending = pool.apply_async(double, (21,))
    pool.close()
    try:
        pool.apply_async(double, (1,))
    except ValueError as e:
        print("a new task after close():", e)
    pool.join()
    print(
        "the task given before close(): ready?",
        pending.ready(),
        "| result:",
        pending.get(),
    )
