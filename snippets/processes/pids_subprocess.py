"""A child started with subprocess: Popen.pid is its pid, and its parent
is us.
"""

import os
import subprocess
import sys

# The child prints its own pid and its parent's pid; we compare, never
# print them.
command = [sys.executable, "-c", "import os; print(os.getpid(), os.getppid())"]
with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as child:
    out, _ = child.communicate()  # read everything, then wait for the child
child_pid, child_ppid = map(int, out.split())

print("child's getpid() == child.pid:     ", child_pid == child.pid)
print("child's getppid() == my getpid():  ", child_ppid == os.getpid())
