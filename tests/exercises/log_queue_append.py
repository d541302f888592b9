"""Wrong answer to log-queue: mode="a" instead of "w": on POSIX no line is lost here, but each worker still opens and writes the file itself."""

import logging
import multiprocessing
import os
import tempfile


class Stamped(logging.Formatter):
    """Ends each line with the pid of the process that writes it."""

    def format(self, record):
        return f"{super().format(record)} [pid {os.getpid()}]"


def work(name, path):
    handler = logging.FileHandler(path, mode="a", encoding="utf-8")
    handler.setFormatter(Stamped("%(name)s: %(message)s"))
    log = logging.getLogger(name)
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    for step in (1, 2):
        log.info("step %d", step)
    handler.close()


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "app.log")
        workers = [multiprocessing.Process(target=work, args=(f"w{i}", path)) for i in (1, 2, 3)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
    print(f"{len(lines)} lines, sorted:")
    for line in sorted(lines):
        print(f"  {line.split(' [pid')[0]!r}")
    mine = f"[pid {os.getpid()}]"
    print("all written by the main process:", all(mine in x for x in lines))
