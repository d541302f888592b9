"""A wrong answer to interp-results: the list is bound in each interpreter's
__main__, but a list cannot be shared, and prepare_main() refuses it."""

from concurrent import interpreters


def main():
    results = []
    for n in (1, 2, 3):
        interp = interpreters.create()
        interp.prepare_main(results=results, n=n)
        interp.exec("results.append(n * n)")
        interp.close()
    print("squares:", sorted(results))
    print("interpreters left:", len(interpreters.list_all()))


if __name__ == "__main__":
    main()
