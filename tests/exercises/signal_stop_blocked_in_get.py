"""Wrong answer to signal-stop: non-daemon workers and a join() with no timeout, but each worker still waits in get() for ever and never sees stop."""

import queue
import signal
import threading

jobs = queue.Queue()
stop = threading.Event()
handled = []
cleaned_up = []


def worker(name):
    while not stop.is_set():
        n = jobs.get()
        handled.append(n * n)
        jobs.task_done()
    cleaned_up.append(name)  # a real worker would close files, flush...


threads = [threading.Thread(target=worker, args=(f"worker-{i}",)) for i in range(2)]
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
        t.join()
print("handled:", sorted(handled))
print("cleaned up:", sorted(cleaned_up))
print("threads alive:", [t.is_alive() for t in threads])
