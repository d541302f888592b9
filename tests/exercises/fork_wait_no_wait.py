"""Wrong answer to fork-wait: the parent does not wait, and the child is still working."""

import os
import time

pid = os.fork()
if pid == 0:
    time.sleep(2)
    print("child: hello", flush=True)
    os._exit(3)
print("child: hello")
print("parent: child exited with 3")
