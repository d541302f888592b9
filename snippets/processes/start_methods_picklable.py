"""Under spawn (and forkserver) the target is pickled, so it must be importable
by name.
"""

import multiprocessing
import pickle


def module_level():
    print("child : module-level function ran")


def make_nested():
    def nested():
        pass

    return nested


if __name__ == "__main__":
    ctx = multiprocessing.get_context("spawn")
    targets = [
        ("lambda", lambda: None),
        ("nested function", make_nested()),
        ("module-level function", module_level),
    ]
    for label, target in targets:
        p = ctx.Process(target=target)
        try:
            p.start()  # pickles the Process object, target included
        except (pickle.PicklingError, AttributeError):
            # PicklingError for a lambda; for a nested function AttributeError
            # up to Python 3.13, PicklingError from 3.14.
            print(f"parent: {label}: start() failed, it cannot be pickled")
        else:
            p.join()
            print(f"parent: {label}: exitcode = {p.exitcode}")
