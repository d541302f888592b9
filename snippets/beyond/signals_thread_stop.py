"""Threads never see KeyboardInterrupt.

The main thread catches it and sets an Event the threads check.
"""

import signal
import threading

stop = threading.Event()
ready = threading.Barrier(3)  # two workers and the main thread
cleaned_up = []


def a_small_piece_of_work():
    sum(range(1000))


def worker(name):
    ready.wait()
    while not stop.is_set():  # checked between small pieces of work
        a_small_piece_of_work()
    cleaned_up.append(name)  # a real worker would close files, flush buffers...


if __name__ == "__main__":
    threads = [
        threading.Thread(target=worker, args=(f"worker-{i}",)) for i in range(2)
    ]
    for t in threads:
        t.start()
    try:
        ready.wait()
        # Ctrl-C: KeyboardInterrupt here, in the main thread
        signal.raise_signal(signal.SIGINT)
        for t in threads:
            t.join()
    except KeyboardInterrupt:
        print("main thread: KeyboardInterrupt; setting stop")
        stop.set()
        for t in threads:
            t.join()
    print("cleaned up:", sorted(cleaned_up))
    print("threads alive:", [t.is_alive() for t in threads])
