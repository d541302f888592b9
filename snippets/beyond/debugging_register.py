"""faulthandler.register(SIGUSR1): ask a hung process for its tracebacks.

The process prints them and carries on running.
"""

import faulthandler
import os
import re
import signal
import subprocess
import sys
import threading
import time

lock = threading.Lock()


def update():
    with lock:
        save()


def save():
    # The same Lock a second time: this thread waits for itself, for ever
    with lock:
        pass


def hang():
    # On SIGUSR1: dump every thread's traceback to stderr
    faulthandler.register(signal.SIGUSR1)
    worker = threading.Thread(target=update, daemon=True)
    worker.start()
    while sys._current_frames()[worker.ident].f_code.co_name != "save":
        time.sleep(0.01)  # wait until the worker is stuck in save()
    # Tell the parent, then wait for ever: nothing comes on stdin
    input("ready\n")


def tidy(line):
    """Thread ids masked (left out: the [thread names] Python 3.14 adds, and
    which thread the OS ran the handler on, the "Current thread"); this file's
    frames only, paths cut to base names."""
    if line.startswith(("Current thread", "Thread")):
        return re.sub(r"^.*0x[0-9a-fA-F]+( \[.*\])?", "Thread 0x...", line)
    if __file__ in line:
        return re.sub(r'File ".*[\\/]', 'File "', line)
    return ""


if __name__ == "__main__":
    if sys.argv[1:] == ["hang"]:
        hang()
    else:
        child = subprocess.Popen(
            [sys.executable, __file__, "hang"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        child.stdout.readline()  # "ready": the child is stuck
        # What `kill -USR1 <pid>` does in a shell
        os.kill(child.pid, signal.SIGUSR1)
        for line in child.stderr:
            print(tidy(line), end="")
            # The main thread's outermost frame: the dump is complete
            if "<module>" in line:
                break
        print("still running after the dump?", child.poll() is None)
        child.kill()
        child.wait()
        for stream in (child.stdin, child.stdout, child.stderr):
            stream.close()
