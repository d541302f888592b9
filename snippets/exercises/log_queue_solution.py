"""A solution to log-queue: the workers only put their records on a queue;
a QueueListener in the main process writes them to the file."""

import logging
import logging.handlers
import multiprocessing
import os
import tempfile


class Stamped(logging.Formatter):
    """Ends each line with the pid of the process that writes it."""

    def format(self, record):
        return f"{super().format(record)} [pid {os.getpid()}]"


def work(name, queue):
    log = logging.getLogger(name)
    log.addHandler(logging.handlers.QueueHandler(queue))  # no file here
    log.setLevel(logging.INFO)
    for step in (1, 2):
        log.info("step %d", step)


if __name__ == "__main__":
    queue = multiprocessing.Queue()
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "app.log")
        handler = logging.FileHandler(path, mode="w", encoding="utf-8")
        handler.setFormatter(Stamped("%(name)s: %(message)s"))
        # A thread of the main process: the file's only writer
        listener = logging.handlers.QueueListener(queue, handler)
        listener.start()
        workers = [
            multiprocessing.Process(target=work, args=(f"w{i}", queue))
            for i in (1, 2, 3)
        ]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        listener.stop()  # writes every record still queued, then returns
        handler.close()
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
    print(f"{len(lines)} lines, sorted:")
    for line in sorted(lines):
        print(f"  {line.split(' [pid')[0]!r}")
    mine = f"[pid {os.getpid()}]"
    print("all written by the main process:", all(mine in x for x in lines))
