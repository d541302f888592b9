"""One process, two interpreters.

Each has its own __main__ module, its own state, its own GIL.
"""

import math
import threading

try:
    from concurrent import interpreters  # new in Python 3.14
except ImportError:
    interpreters = None

counter = 0


def main():
    interp = interpreters.create()
    print("interpreters in this process:", len(interpreters.list_all()))

    # Runs in interp's own __main__, in this thread
    interp.exec("counter = 41\ncounter += 1")
    results = interpreters.create_queue()
    interp.prepare_main(results=results)  # bind a name in interp's __main__
    interp.exec("results.put(counter)")
    print("counter here:", counter, "| counter there:", results.get())

    print("call(math.factorial, 10):", interp.call(math.factorial, 10))
    # an interpreter is not a thread: exec() and call() run in this one
    same = interp.call(threading.get_ident) == threading.get_ident()
    print("call() ran in this thread:", same)

    # The exception itself stays in the other interpreter
    try:
        interp.exec("1 / 0")
    except interpreters.ExecutionFailed as e:
        print(
            "exec('1 / 0') raised ExecutionFailed for a",
            e.excinfo.type.__name__,
        )

    interp.close()
    print("after close():", len(interpreters.list_all()))


if __name__ == "__main__":
    if interpreters is None:
        print("concurrent.interpreters needs Python 3.14 or newer")
    else:
        main()
