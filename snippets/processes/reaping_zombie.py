"""A real zombie: a child that has exited but has not been reaped yet."""

import os
import subprocess
import sys


def state(pid):
    """The one-letter state of a process: R running, S sleeping, Z zombie..."""
    if sys.platform.startswith("linux"):
        with open(f"/proc/{pid}/stat") as f:
            data = f.read()
        # "pid (name) state ..."; the name may hold spaces
        return data[data.rindex(")") + 2]
    out = subprocess.run(
        ["ps", "-o", "stat=", "-p", str(pid)], capture_output=True, text=True
    )
    return out.stdout.strip()[:1]


pid = os.fork()
if pid == 0:
    os._exit(7)  # the child ends at once

# Wait until the child has exited, but leave it unreaped (WNOWAIT).
os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)
print("state after exit:   ", state(pid))
# signal 0 only checks that the pid exists: a zombie still holds it
os.kill(pid, 0)
print("the pid is still taken")

_, status = os.waitpid(pid, 0)  # reap it: the parent collects the exit status
print("reaped, exit code:  ", os.waitstatus_to_exitcode(status))
try:
    os.kill(pid, 0)
except ProcessLookupError:
    print("the pid is free again")
try:
    os.waitpid(pid, 0)
except ChildProcessError:
    print("nothing left to reap: ChildProcessError")
