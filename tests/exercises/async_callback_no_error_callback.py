"""A wrong answer to async-callback: no error_callback. The failed task's
exception stays in its AsyncResult, which nobody asks: it is lost."""

from multiprocessing import Pool

TEXTS = ["3", "x", "7", "4"]


def square(text):
    n = int(text)
    return n * n


if __name__ == "__main__":
    results, errors = [], []
    with Pool(2) as pool:
        for text in TEXTS:
            pool.apply_async(square, (text,), callback=results.append)
        pool.close()
        pool.join()
    print("results:", sorted(results))
    print("errors:", [f"{type(e).__name__}: {e}" for e in errors])
