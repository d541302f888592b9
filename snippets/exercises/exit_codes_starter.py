"""Exercise exit-codes: check each age in a child process of its own,
and report how each child ended."""

import sys

AGES = [42, -5, "forty"]


def validate(age):
    if not isinstance(age, int):
        sys.exit(2)  # not a whole number
    if not 0 <= age <= 150:
        sys.exit(3)  # out of range
    # A valid age: return normally.


if __name__ == "__main__":
    for age in AGES:
        # Run validate(age) in a child process, and print the child's exit
        # code instead of "?". (Called here, sys.exit() would end this one.)
        print(f"validate({age!r}): exit code ?")
