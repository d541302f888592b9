"""A solution to fork-wait: flush before os._exit(), then waitpid()."""

import os

pid = os.fork()
if pid == 0:
    # os._exit() skips flushing stdout: into a pipe, the line would be lost.
    print("child: hello", flush=True)
    os._exit(3)
_, status = os.waitpid(pid, 0)
print("parent: child exited with", os.waitstatus_to_exitcode(status))
