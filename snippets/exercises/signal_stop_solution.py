"""A solution to signal-stop: the workers wait for a job at most 0.05 s at a
time, so they see the stop Event soon; the main thread joins them."""

import queue
import signal
import threading

jobs = queue.Queue()
stop = threading.Event()
handled = []
cleaned_up = []


def worker(name):
    while not stop.is_set():
        try:
            n = jobs.get(timeout=0.05)  # not for ever: stop is checked again
        except queue.Empty:
            continue
        handled.append(n * n)
        jobs.task_done()
    cleaned_up.append(name)  # a real worker would close files, flush...


threads = [
    threading.Thread(target=worker, args=(f"worker-{i}",)) for i in range(2)
]
for t in threads:
    t.start()
try:
    for n in range(4):
        jobs.put(n)
    jobs.join()  # the four jobs are done; the workers wait for more
    signal.raise_signal(signal.SIGINT)  # Ctrl-C, as if typed just now
except KeyboardInterrupt:
    print("main thread: KeyboardInterrupt; setting stop")
    stop.set()
    for t in threads:
        t.join()  # each worker sees stop within 0.05 s, cleans up, returns
print("handled:", sorted(handled))
print("cleaned up:", sorted(cleaned_up))
print("threads alive:", [t.is_alive() for t in threads])
