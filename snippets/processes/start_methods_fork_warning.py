"""Python 3.12+ warns when fork() copies a multi-threaded process. When
multiprocessing forks, the default filters hide that warning.
"""

import multiprocessing
import os
import re
import threading
import warnings


def work():
    pass


def start_fork_child(action):
    """Fork a child with multiprocessing; return the DeprecationWarnings that
    were shown.
    """
    with warnings.catch_warnings(record=True) as shown:
        if action is not None:  # None: keep the default filters
            warnings.simplefilter(action)
        child = multiprocessing.get_context("fork").Process(target=work)
        child.start()
        child.join()
    return [w for w in shown if issubclass(w.category, DeprecationWarning)]


if __name__ == "__main__":
    stop = threading.Event()
    # now the process has two threads
    helper = threading.Thread(target=stop.wait)
    helper.start()

    hidden = start_fork_child(None)
    print("default filters        : warning shown?", bool(hidden))
    shown = start_fork_child("default")  # what python -W default or -X dev does
    print('simplefilter("default"): warning shown?', bool(shown))
    for w in shown:
        print("  raised in:", os.path.basename(w.filename))
        print("  message  :", re.sub(r"pid=\d+", "pid=...", str(w.message)))

    stop.set()
    helper.join()
