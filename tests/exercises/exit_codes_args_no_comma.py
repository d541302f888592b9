"""A wrong answer to exit-codes: args=(age) is just age, not a tuple.
Process() makes a tuple of it, and an int is not iterable."""

import sys
from multiprocessing import Process

AGES = [42, -5, "forty"]


def validate(age):
    if not isinstance(age, int):
        sys.exit(2)
    if not 0 <= age <= 150:
        sys.exit(3)


if __name__ == "__main__":
    children = [Process(target=validate, args=(age)) for age in AGES]
    for child in children:
        child.start()
    for age, child in zip(AGES, children):
        child.join()
        print(f"validate({age!r}): exit code {child.exitcode}")
