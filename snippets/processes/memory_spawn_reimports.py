"""With spawn, the child imports the main module again: module-level code
runs twice.
"""

import multiprocessing

# in the parent AND in the child
print(f"module level runs, __name__ = {__name__!r}")
setting = "set at module level"


def show():
    print(f"child : setting = {setting!r}")


if __name__ == "__main__":
    setting = "changed under the guard"  # the child never runs this line
    ctx = multiprocessing.get_context("spawn")
    p = ctx.Process(target=show)
    p.start()
    p.join()
    print(f"parent: setting = {setting!r}")
