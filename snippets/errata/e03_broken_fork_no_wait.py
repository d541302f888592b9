"""The notes' pattern: fork, then never wait. The child that has ended stays
behind as a zombie (broken on purpose). Linux only.
"""

import os

pid = os.fork()
if pid == 0:
    os._exit(0)  # the child's work is done

# The parent's own work goes on here; it never calls os.wait() or os.waitpid().
# (This waitid() only forces the order "the child ends first"; WNOWAIT leaves
# it unreaped.)
os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)
with open(f"/proc/{pid}/stat") as f:
    state = f.read().rsplit(")", 1)[1].split()[0]
assert state != "Z", (
    "a zombie: the child has ended, and its parent never reaps it"
)
