"""A fork child inherits the parent's logging configuration.

Children started with spawn or forkserver don't.
"""

import logging
import multiprocessing
import sys


def report(results):
    root = logging.getLogger()
    handlers = [type(h).__name__ for h in root.handlers]
    results.put((handlers, logging.getLevelName(root.level)))


if __name__ == "__main__":
    # Configured in the parent only
    logging.basicConfig(level=logging.INFO, stream=sys.stdout)
    for method in ("fork", "spawn", "forkserver"):
        ctx = multiprocessing.get_context(method)
        results = ctx.Queue()
        p = ctx.Process(target=report, args=(results,))
        p.start()
        handlers, level = results.get()
        p.join()
        print(f"{method:<10} child: root handlers {handlers}, level {level}")
