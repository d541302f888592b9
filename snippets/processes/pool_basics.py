"""Pool(3): three worker processes, created up front, reused for every task."""

import multiprocessing


def square(x):
    return x * x


def power(base, exponent):
    return base**exponent


if __name__ == "__main__":
    with multiprocessing.Pool(3) as pool:  # Pool(processes=3)
        print(
            "workers right after Pool(3):",
            len(multiprocessing.active_children()),
        )
        # one call, waits for it
        print("apply(square, (4,))        :", pool.apply(square, (4,)))
        # results in input order
        print("map(square, range(6))      :", pool.map(square, range(6)))
        print(
            "starmap(power, pairs)      :",
            pool.starmap(power, [(2, 3), (3, 2), (10, 0)]),
        )
        # a lazy iterator
        print("imap(square, range(4))     :", list(pool.imap(square, range(4))))
        print(
            "workers after all that     :",
            len(multiprocessing.active_children()),
        )
