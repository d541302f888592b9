"""What a child starts with under each start method. POSIX only: Windows has
only spawn.
"""

import multiprocessing

setting = "value set at import"


def report(method):
    # __name__ is the name of the module this function was found in, in
    # the child.
    print(f"{method:10} child: module {__name__!r}, setting = {setting!r}")


if __name__ == "__main__":
    setting = "value changed in the main block"  # runs in the parent only
    for method in ("fork", "spawn", "forkserver"):
        ctx = multiprocessing.get_context(method)
        p = ctx.Process(target=report, args=(method,))
        p.start()
        p.join()
