"""Exercise interp-results, a solution: call() returns a copy of what the
function returns, and each interpreter is closed once its call is done."""

try:
    from concurrent import interpreters  # new in Python 3.14
except ImportError:
    interpreters = None


def square(n):
    return n * n


def main():
    squares = []
    for n in (1, 2, 3):
        interp = interpreters.create()
        squares.append(interp.call(square, n))
        interp.close()
    print("squares:", sorted(squares))
    print("interpreters left:", len(interpreters.list_all()))


if __name__ == "__main__":
    if interpreters is None:
        print("concurrent.interpreters needs Python 3.14 or newer")
    else:
        main()
