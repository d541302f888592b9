"""Many processes, one writer.

The workers put records on a queue, a QueueListener writes the file.
"""

import logging
import logging.handlers
import multiprocessing
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor


def init_worker(queue):  # the initializer: runs once in each worker
    root = logging.getLogger()
    # Under fork, the worker inherited the parent's handlers
    root.handlers.clear()
    root.addHandler(logging.handlers.QueueHandler(queue))
    root.setLevel(logging.INFO)


def square(n):
    logging.getLogger(f"task.{n}").info(
        "pid %d computes %d * %d", os.getpid(), n, n
    )
    return n * n


if __name__ == "__main__":
    queue = multiprocessing.Queue()
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "app.log")
        file_handler = logging.FileHandler(path, encoding="utf-8")
        file_handler.setFormatter(
            logging.Formatter("%(levelname)s %(name)s: %(message)s")
        )
        listener = logging.handlers.QueueListener(queue, file_handler)
        listener.start()  # a thread in this process: the file's only writer

        init_worker(queue)  # the parent logs through the queue as well
        logging.getLogger("main").info("pid %d starts the pool", os.getpid())
        with ProcessPoolExecutor(
            2, initializer=init_worker, initargs=(queue,)
        ) as executor:
            results = list(executor.map(square, range(6)))
        logging.getLogger("main").info("results %s", results)

        # Handles every record still queued, then ends the thread
        listener.stop()
        file_handler.close()
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()

    task_lines = [line for line in lines if line.startswith("INFO task.")]
    print(f"{len(lines)} lines; the last: {lines[-1]!r}")
    print(
        "one line per task:",
        sorted(line.split()[1].rstrip(":") for line in task_lines),
    )
    parent = f"pid {os.getpid()} "
    print(
        "every task line from a worker:",
        all(parent not in line for line in task_lines),
    )
