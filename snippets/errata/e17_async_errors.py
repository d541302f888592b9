"""A task that raises never calls callback; its error reaches you only through
error_callback or get().
"""

import multiprocessing as mp


def parse(text):
    return int(text)


if __name__ == "__main__":
    results, errors = [], []
    with mp.Pool(1) as pool:
        pending = pool.apply_async(
            parse,
            ("forty-two",),
            callback=results.append,
            error_callback=errors.append,
        )
        pending.wait()
        print("callback called:", bool(results))
        print("error_callback got:", type(errors[0]).__name__)
        try:
            pending.get()
        except ValueError as e:
            print("get() raises it again:", e)
