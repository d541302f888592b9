"""A global changed in a child process stays unchanged in the parent, whatever
the start method.
"""

import multiprocessing

counter = 0


def add_one(method):
    global counter
    counter += 1
    print(f"{method:10} child : counter = {counter}")


if __name__ == "__main__":
    for method in ("fork", "spawn", "forkserver"):
        ctx = multiprocessing.get_context(method)
        p = ctx.Process(target=add_one, args=(method,))
        p.start()
        p.join()
        print(f"{method:10} parent: counter = {counter}")
