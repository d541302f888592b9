"""Wrong answer to fork-wait: the child's line stays in its buffer, which os._exit() throws away."""

import os

pid = os.fork()
if pid == 0:
    print("child: hello")
    os._exit(3)
_, status = os.waitpid(pid, 0)
print("parent: child exited with", os.waitstatus_to_exitcode(status))
