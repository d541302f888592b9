"""faulthandler.dump_traceback_later(): a watchdog for a hung program.

After the timeout, it prints all threads' tracebacks and exits.
"""

import faulthandler
import re
import subprocess
import sys
import threading


def hang():
    lock = threading.Lock()
    lock.acquire()  # held, and never released

    def worker():
        with lock:  # blocks for ever
            pass

    thread = threading.Thread(target=worker)
    thread.start()
    # The watchdog: after 0.5 s, dump and exit
    faulthandler.dump_traceback_later(0.5, exit=True)
    thread.join()  # blocks for ever


def tidy(dump):
    """The dump's headers, with the thread ids masked (and the [thread names]
    Python 3.14 adds left out), and this file's frames, paths cut to the base
    name (the standard library's frames change from one Python version to the
    next)."""
    for line in dump.splitlines():
        if line.startswith(("Timeout", "Thread", "Current thread")):
            yield re.sub(r"0x[0-9a-fA-F]+( \[.*\])?", "0x...", line)
        elif __file__ in line:
            yield re.sub(r'File ".*[\\/]', 'File "', line)


if __name__ == "__main__":
    if sys.argv[1:] == ["hang"]:
        hang()
    else:
        # The hung program runs as a child: this one shows what it printed.
        child = subprocess.run(
            [sys.executable, __file__, "hang"],
            capture_output=True,
            text=True,
            timeout=10,
        )
        print("the hung child exited with status", child.returncode)
        print("\n".join(tidy(child.stderr)))
