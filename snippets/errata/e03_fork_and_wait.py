"""The corrected pattern: the child ends with os._exit(), the parent waits for
it. Unix only.
"""

import os

parent = os.getpid()
pid = os.fork()
if pid == 0:
    print(
        "child : my parent is still there:", os.getppid() == parent, flush=True
    )
    os._exit(0)  # never run on into the parent's code

_, status = os.waitpid(pid, 0)  # blocks until the child ends, and reaps it
print("parent: child reaped, exit code", os.waitstatus_to_exitcode(status))
