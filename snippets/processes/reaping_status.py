"""The status from os.wait()/os.waitpid() is encoded: decode it before you
read it.
"""

import os
import signal

pid = os.fork()
if pid == 0:
    os._exit(3)  # a normal exit with exit code 3
_, status = os.waitpid(pid, 0)
print("exit code 3 -> raw status:", status)
print(
    "  WIFEXITED:",
    os.WIFEXITED(status),
    " WEXITSTATUS:",
    os.WEXITSTATUS(status),
)
print("  waitstatus_to_exitcode:", os.waitstatus_to_exitcode(status))

go_r, go_w = os.pipe()
pid = os.fork()
if pid == 0:
    os.read(go_r, 1)  # wait for a word that never comes
    os._exit(0)
os.kill(pid, signal.SIGKILL)  # kill it instead
_, status = os.waitpid(pid, 0)
print("killed by SIGKILL -> raw status:", status)
print(
    "  WIFSIGNALED:", os.WIFSIGNALED(status), " WTERMSIG:", os.WTERMSIG(status)
)
print("  waitstatus_to_exitcode:", os.waitstatus_to_exitcode(status))
