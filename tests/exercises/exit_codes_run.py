"""A wrong answer to exit-codes: run() instead of start(). run() calls
validate() in this process, so its sys.exit(3) ends the parent."""

import sys
from multiprocessing import Process

AGES = [42, -5, "forty"]


def validate(age):
    if not isinstance(age, int):
        sys.exit(2)
    if not 0 <= age <= 150:
        sys.exit(3)


if __name__ == "__main__":
    children = [Process(target=validate, args=(age,)) for age in AGES]
    for child in children:
        child.run()
    for age, child in zip(AGES, children):
        print(f"validate({age!r}): exit code {child.exitcode}")
