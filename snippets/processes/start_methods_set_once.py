"""The global start method is fixed once (force=True aside); get_context()
picks a method without touching it.
"""

import multiprocessing


def hello(method):
    print(f"child started with {method!r}")


if __name__ == "__main__":
    # fixes the global method (to the default, if none was set)
    multiprocessing.get_start_method()
    try:
        multiprocessing.set_start_method("spawn")
    except RuntimeError as e:
        print("set_start_method():", type(e).__name__, "-", e)

    # the multiprocessing API, with one method
    ctx = multiprocessing.get_context("spawn")
    print("the context's method:", ctx.get_start_method())
    p = ctx.Process(target=hello, args=(ctx.get_start_method(),))
    p.start()
    p.join()
