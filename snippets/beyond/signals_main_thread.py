"""Signal handlers belong to the main thread.

Installing one in another thread raises ValueError.
"""

import signal
import threading


def handler(signum, frame):
    name = signal.Signals(signum).name
    print(f"handler for {name} runs in:", threading.current_thread().name)


def install_from_a_thread():
    try:
        signal.signal(signal.SIGINT, handler)
    except ValueError as e:
        print("signal.signal() in a thread:", e)


if __name__ == "__main__":
    t = threading.Thread(target=install_from_a_thread, name="worker")
    t.start()
    t.join()

    try:
        # What Ctrl-C does, sent by the program itself
        signal.raise_signal(signal.SIGINT)
    except KeyboardInterrupt:
        print("default SIGINT handler: KeyboardInterrupt in the main thread")

    # Fine here: the main thread
    previous = signal.signal(signal.SIGINT, handler)
    print(
        "previous handler is signal.default_int_handler:",
        previous is signal.default_int_handler,
    )
    signal.raise_signal(signal.SIGINT)
    signal.signal(signal.SIGINT, previous)
