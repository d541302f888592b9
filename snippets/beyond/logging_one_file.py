"""Two processes, one log file, each with its own handler.

A reopen with mode="w" destroys lines.
"""

import logging
import multiprocessing
import os
import tempfile


def file_logger(name, path):
    # What each process does when it "configures logging" itself: its own
    # handler, its own file offset. mode="w" (filemode="w" in basicConfig)
    # empties the file first.
    handler = logging.FileHandler(path, mode="w", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(name)-6s: %(message)s"))
    log = logging.getLogger(name)
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return log


def child(path):
    file_logger("child", path).info("line 1")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "app.log")
        log = file_logger("parent", path)
        log.info("line 1")
        log.info("line 2")

        p = multiprocessing.Process(target=child, args=(path,))
        p.start()
        p.join()
        # The child has opened the file (emptying it) and written one line
        log.info("line 3")
        logging.shutdown()  # flush and close the parent's handler

        with open(path, encoding="utf-8") as f:
            text = f.read()
    print("lines in the file:")
    for line in text.splitlines():
        print(" ", repr(line.strip("\0")))
    print("NUL bytes in the file:", "\0" in text)
