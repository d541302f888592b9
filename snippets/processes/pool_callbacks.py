"""apply_async(): callbacks run in the parent process, in a
result-handler thread.
"""

import multiprocessing
import threading


def square(x):
    return x * x


def divide(a, b):
    return a / b


def where():
    process = multiprocessing.current_process().name
    main_thread = threading.current_thread() is threading.main_thread()
    return f"process {process!r}, main thread? {main_thread}"


def on_result(value):
    print(f"callback      : got {value:<17} in {where()}")


def on_error(exc):
    print(f"error_callback: got {type(exc).__name__:<17} in {where()}")


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        ok = pool.apply_async(
            square, (7,), callback=on_result, error_callback=on_error
        )
        # get() returns only after the callback for that result has finished.
        print("main thread   : ok.get() =", ok.get())
        bad = pool.apply_async(
            divide, (1, 0), callback=on_result, error_callback=on_error
        )
        try:
            bad.get()  # the worker's exception is raised again here
        except ZeroDivisionError as e:
            print("main thread   : bad.get() raised", type(e).__name__, "-", e)
