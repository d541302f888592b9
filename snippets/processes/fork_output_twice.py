"""A line printed twice: the child gets a copy of the parent's unflushed buffer.
Unix only.
"""

import os
import sys

# into a pipe, this waits in the buffer, and fork() copies the buffer
print("before fork")

pid = os.fork()
if pid == 0:
    print("child")
    # Flushing writes the child's whole buffer: the copied line, then its own.
    sys.stdout.flush()
    os._exit(0)

os.waitpid(pid, 0)
print("parent")
