"""join(timeout) returns None whether or not the child has finished: check
it afterwards.
"""

import multiprocessing


def wait_for(go):
    go.wait()  # the child cannot finish before the parent sets the event


if __name__ == "__main__":
    go = multiprocessing.Event()
    p = multiprocessing.Process(target=wait_for, args=(go,))
    p.start()

    result = p.join(timeout=0.1)  # gives up after 0.1 s
    print(
        "join(0.1) returned",
        result,
        "| alive?",
        p.is_alive(),
        "| exitcode =",
        p.exitcode,
    )

    go.set()
    result = p.join()  # no timeout: waits as long as it takes
    print(
        "join()    returned",
        result,
        "| alive?",
        p.is_alive(),
        "| exitcode =",
        p.exitcode,
    )
