"""Exercise async-callback: submit every task at once with apply_async(),
and collect the results and the errors with callbacks."""

from multiprocessing import Pool

TEXTS = ["3", "x", "7", "4"]


def square(text):  # runs in a worker process
    n = int(text)  # int("x") raises ValueError
    return n * n


if __name__ == "__main__":
    results, errors = [], []  # errors: the exceptions the tasks raised
    with Pool(2) as pool:
        for text in TEXTS:
            # apply() is synchronous: it waits for this one task, and raises
            # its exception here. Use apply_async() and callbacks instead.
            results.append(pool.apply(square, (text,)))
    print("results:", sorted(results))
    print("errors:", [f"{type(e).__name__}: {e}" for e in errors])
