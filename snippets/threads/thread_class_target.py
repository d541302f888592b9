"""Creating a thread from a function: target, args, kwargs, name and daemon."""

import threading


def greet(name, punctuation="."):
    me = threading.current_thread()
    print(f"{me.name} (daemon={me.daemon}): hello, {name}{punctuation}")


worker = threading.Thread(
    target=greet,  # the function the new thread runs
    args=("Ada",),  # its positional arguments: a tuple
    kwargs={"punctuation": "!"},  # its keyword arguments: a dict
    name="greeter",  # without it: "Thread-1 (greet)"
    daemon=False,  # without it: inherited from the creating thread
)
worker.start()
worker.join()
print("main: the greeter has finished")
