"""A solution to exit-codes: one child per age, all started before any
is joined, and each exitcode read after join()."""

import sys
from multiprocessing import Process

AGES = [42, -5, "forty"]


def validate(age):
    if not isinstance(age, int):
        sys.exit(2)  # not a whole number
    if not 0 <= age <= 150:
        sys.exit(3)  # out of range
    # A valid age: return normally.


if __name__ == "__main__":
    # args is a tuple: (age,), with the comma.
    children = [Process(target=validate, args=(age,)) for age in AGES]
    for child in children:
        child.start()  # they all run at the same time
    for age, child in zip(AGES, children):
        child.join()  # until it has ended, exitcode is None
        print(f"validate({age!r}): exit code {child.exitcode}")
