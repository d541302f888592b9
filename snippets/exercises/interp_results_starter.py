"""Exercise interp-results: three interpreters each compute a square and
add it to `results`, but `results` stays empty. Make the squares reach this
interpreter, and close every interpreter you create."""

try:
    from concurrent import interpreters  # new in Python 3.14
except ImportError:
    interpreters = None


def square_into(results, n):
    results.append(n * n)


def main():
    results = []
    for n in (1, 2, 3):
        interp = interpreters.create()
        interp.call(square_into, results, n)
    print("squares:", sorted(results))
    print("interpreters left:", len(interpreters.list_all()))


if __name__ == "__main__":
    if interpreters is None:
        print("concurrent.interpreters needs Python 3.14 or newer")
    else:
        main()
