"""Signal handlers belong to the main thread: installing one elsewhere raises ValueError."""

import signal
import threading


def handler(signum, frame):
    print(f"handler for {signal.Signals(signum).name} runs in:", threading.current_thread().name)


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
        signal.raise_signal(signal.SIGINT)  # what Ctrl-C does, sent by the program itself
    except KeyboardInterrupt:
        print("default SIGINT handler: KeyboardInterrupt in the main thread")

    previous = signal.signal(signal.SIGINT, handler)  # fine here: the main thread
    print("previous handler is signal.default_int_handler:", previous is signal.default_int_handler)
    signal.raise_signal(signal.SIGINT)
    signal.signal(signal.SIGINT, previous)
