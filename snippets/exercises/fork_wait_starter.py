"""Exercise fork-wait: the parent waits for its child, prints its exit code."""

import os

pid = os.fork()
if pid == 0:
    print("child: hello")
    os._exit(3)
# Wait for the child here, then print its exit code instead of "?".
print("parent: child exited with", "?")
