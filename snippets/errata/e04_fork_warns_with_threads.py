"""From Python 3.12, os.fork() in a process with other threads running emits a
DeprecationWarning. Unix only.
"""

import os
import sys
import threading
import warnings

stop = threading.Event()
helper = threading.Thread(target=stop.wait)
helper.start()

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    pid = os.fork()
    if pid == 0:
        os._exit(0)
os.waitpid(pid, 0)
stop.set()
helper.join()

warned = any(issubclass(w.category, DeprecationWarning) for w in caught)
expected = sys.version_info >= (3, 12)
assert warned == expected
print("warns exactly on Python 3.12 and later:", warned == expected)
