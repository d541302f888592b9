"""Within one process, logging is thread-safe.

Each handler takes a lock around every record.
"""

import logging
import os
import tempfile
import threading

LINES_PER_THREAD = 500


def chatter(n):
    log = logging.getLogger(f"thread.{n}")
    for i in range(LINES_PER_THREAD):
        log.info("line %03d of thread %d", i, n)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "app.log")
        # One handler, one file
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
        root = logging.getLogger()
        root.addHandler(handler)
        root.setLevel(logging.INFO)

        threads = [
            threading.Thread(target=chatter, args=(n,)) for n in range(4)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        handler.close()

        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
    expected = {
        f"thread.{n}: line {i:03d} of thread {n}"
        for n in range(4)
        for i in range(LINES_PER_THREAD)
    }
    print("lines written:", len(lines))
    print("every line whole, none lost:", set(lines) == expected)
