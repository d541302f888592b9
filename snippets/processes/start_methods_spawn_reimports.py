"""Under spawn, the child imports the main module again: module-level code
runs twice.
"""

import multiprocessing

# runs in the parent, and again in the child
print(f"module level: __name__ = {__name__!r}")


def work():
    print("child : running work()")


if __name__ == "__main__":
    ctx = multiprocessing.get_context("spawn")  # available on every platform
    p = ctx.Process(target=work)
    p.start()
    p.join()
    print("parent: child finished")
