"""A zombie has already given back its memory; what is left for the parent to
reap is its exit status. Linux only.
"""

import os

pid = os.fork()
if pid == 0:
    os._exit(7)

# Wait until the child has exited but leave it unreaped (WNOWAIT): it is a
# zombie now.
os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)
with open(f"/proc/{pid}/status") as f:
    fields = dict(line.split(":", 1) for line in f)
print("state:", fields["State"].strip())
print("memory still held (VmRSS):", "VmRSS" in fields)

# reaping: collect the exit status, free the entry
_, status = os.waitpid(pid, 0)
print("exit code collected by the parent:", os.waitstatus_to_exitcode(status))
print("entry gone after reaping:", not os.path.exists(f"/proc/{pid}"))
