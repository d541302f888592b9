"""A wrong answer to interp-results: a queue carries the squares, but each
interpreter is closed before its square is taken off the queue, and an item
put by an interpreter that is gone comes back as UNBOUND."""

from concurrent import interpreters


def square_into(results, n):
    results.put(n * n)


def main():
    results = interpreters.create_queue()
    for n in (1, 2, 3):
        interp = interpreters.create()
        interp.call(square_into, results, n)
        interp.close()
    print("squares:", sorted(results.get() for _ in range(3)))
    print("interpreters left:", len(interpreters.list_all()))


if __name__ == "__main__":
    main()
