"""Python's false value is written False; FALSE is an undefined name."""

import multiprocessing as mp

if __name__ == "__main__":
    q = mp.Queue(3)
    print(
        "q.full() returns:",
        q.full(),
        "| it is the bool False:",
        q.full() is False,
    )
    try:
        FALSE  # noqa: B018 - the notes' spelling
    except NameError as e:
        print("FALSE ->", e)
