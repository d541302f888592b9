"""concurrent.futures.ProcessPoolExecutor: the modern interface to a
process pool.
"""

from concurrent.futures import ProcessPoolExecutor, as_completed


def square(x):
    return x * x


def divide(a, b):
    return a / b


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        # submit() returns a Future at once; the dict maps each Future to
        # its input
        futures = {executor.submit(square, n): n for n in range(5)}
        # in the order they finish
        done = [(futures[f], f.result()) for f in as_completed(futures)]
        print("as_completed:", sorted(done))
        # in input order
        print("map         :", list(executor.map(square, range(5))))
        failing = executor.submit(divide, 1, 0)
        try:
            failing.result()  # the worker's exception is raised again here
        except ZeroDivisionError as e:
            print("result()    :", type(e).__name__, "-", e)
        last = executor.submit(square, 9)
    # Leaving the with-block calls shutdown(wait=True): it waits for every task.
    print(
        "after with  : last task done?", last.done(), "| result:", last.result()
    )
