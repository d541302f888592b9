"""Wrong answer to signal-stop: the workers wait for a KeyboardInterrupt of their own, but only the main thread ever gets one; uncaught there, it ends the program."""

import queue
import signal
import threading

jobs = queue.Queue()
stop = threading.Event()
handled = []
cleaned_up = []


def worker(name):
    try:
        while True:
            n = jobs.get()
            handled.append(n * n)
            jobs.task_done()
    except KeyboardInterrupt:  # Ctrl-C: clean up
        cleaned_up.append(name)


# daemon=True, so that the program can end on Ctrl-C
threads = [threading.Thread(target=worker, args=(f"worker-{i}",), daemon=True) for i in range(2)]
for t in threads:
    t.start()
for n in range(4):
    jobs.put(n)
jobs.join()  # the four jobs are done; the workers wait for more
signal.raise_signal(signal.SIGINT)  # Ctrl-C, as if typed just now
for t in threads:
    t.join(timeout=0.2)
print("handled:", sorted(handled))
print("cleaned up:", sorted(cleaned_up))
print("threads alive:", [t.is_alive() for t in threads])
