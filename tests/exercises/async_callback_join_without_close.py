"""A wrong answer to async-callback: join() without close() first. A pool
that still takes tasks cannot be waited for: ValueError."""

from multiprocessing import Pool

TEXTS = ["3", "x", "7", "4"]


def square(text):
    n = int(text)
    return n * n


if __name__ == "__main__":
    results, errors = [], []
    with Pool(2) as pool:
        for text in TEXTS:
            pool.apply_async(
                square,
                (text,),
                callback=results.append,
                error_callback=errors.append,
            )
        pool.join()
    print("results:", sorted(results))
    print("errors:", [f"{type(e).__name__}: {e}" for e in errors])
