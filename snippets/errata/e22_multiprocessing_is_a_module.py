"""multiprocessing is a module; multiprocessing.Queue is a method of its default
context that returns a queue object.
"""

import inspect
import multiprocessing

if __name__ == "__main__":
    print("multiprocessing is a module:", inspect.ismodule(multiprocessing))
    print(
        "multiprocessing.Queue is a class:",
        inspect.isclass(multiprocessing.Queue),
    )
    q = multiprocessing.Queue()
    print(
        "multiprocessing.Queue() returns a",
        f"{type(q).__module__}.{type(q).__qualname__}",
    )
