"""multiprocessing.Process: target, args, kwargs, name, pid, start(),
join(), exitcode.
"""

import multiprocessing


def greet(greeting, name, punctuation="!"):
    me = multiprocessing.current_process().name
    print(
        f"child : {greeting}, {name}{punctuation} "
        f"(I run in the process named {me!r})"
    )


if __name__ == "__main__":
    p = multiprocessing.Process(
        target=greet,  # the function the child runs
        args=("Hello", "Ada"),  # its positional arguments: a tuple
        kwargs={"punctuation": "?"},  # its keyword arguments: a dict
        name="greeter",  # only a label, for logs and error messages
    )
    print("before start: pid =", p.pid, "| exitcode =", p.exitcode)
    p.start()  # now the child process exists
    has_pid = p.pid is not None
    p.join()  # wait until it has finished
    print("after start : has a pid?", has_pid)
    print("after join  : alive?", p.is_alive(), "| exitcode =", p.exitcode)
    p.close()  # release its resources; the object can no longer be used
    try:
        p.is_alive()
    except ValueError as e:
        print("after close :", type(e).__name__, e)
