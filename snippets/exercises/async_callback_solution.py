"""A solution to async-callback: apply_async() with a callback and an
error_callback for every task, then close() and join() before the end of
the with block."""

from multiprocessing import Pool

TEXTS = ["3", "x", "7", "4"]


def square(text):  # runs in a worker process
    n = int(text)  # int("x") raises ValueError
    return n * n


if __name__ == "__main__":
    results, errors = [], []  # errors: the exceptions the tasks raised
    with Pool(2) as pool:
        for text in TEXTS:
            # Returns at once; the callbacks run later, in this process.
            pool.apply_async(
                square,
                (text,),
                callback=results.append,
                error_callback=errors.append,
            )
        pool.close()  # no more tasks
        pool.join()  # every task done, every callback run
    # Callbacks run in the order the tasks finish: sort.
    print("results:", sorted(results))
    print("errors:", [f"{type(e).__name__}: {e}" for e in errors])
