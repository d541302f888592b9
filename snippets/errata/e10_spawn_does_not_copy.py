"""Only a fork child gets a copy of the parent's memory; spawn and forkserver
children see the module as its top-level code leaves it.
"""

import multiprocessing as mp

setting = "as imported"


def show(method):
    print(f"{method:10} child sees: {setting}")


if __name__ == "__main__":
    setting = "changed by the parent"
    for method in ("fork", "spawn", "forkserver"):
        child = mp.get_context(method).Process(target=show, args=(method,))
        child.start()
        child.join()
