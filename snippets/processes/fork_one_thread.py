"""Only the thread that calls fork() exists in the child."""

import os
import threading
import warnings

stop = threading.Event()
helper = threading.Thread(target=stop.wait)
helper.start()
# before fork() copies the buffer
print("parent threads:", threading.active_count(), flush=True)

with warnings.catch_warnings():
    # Python 3.12+ warns that forking a multi-threaded process may deadlock
    # the child; this page explains why, so the warning is silenced here.
    warnings.simplefilter("ignore", DeprecationWarning)
    pid = os.fork()

if pid == 0:
    print("child threads: ", threading.active_count(), flush=True)
    os._exit(0)

os.waitpid(pid, 0)
stop.set()
helper.join()
