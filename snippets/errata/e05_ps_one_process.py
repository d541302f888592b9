"""Ask ps about one process by its pid; it agrees with os.getpid() and
os.getppid(). Unix only.
"""

import os
import subprocess

out = subprocess.run(
    ["ps", "-o", "pid=,ppid=", "-p", str(os.getpid())],
    capture_output=True,
    text=True,
    check=True,
).stdout
pid, ppid = map(int, out.split())
assert (pid, ppid) == (os.getpid(), os.getppid())
print("ps -o pid=,ppid= -p PID agrees with os.getpid() and os.getppid():", True)
