"""Exercise reap-all: reap every child, and tell how each one ended."""

import os
import signal


def child(name):  # runs in the child, and never returns
    if name == "a":
        os._exit(0)
    if name == "b":
        os._exit(2)
    os.kill(os.getpid(), signal.SIGKILL)  # c is killed by a signal


names = {}  # pid -> name
for name in "abc":
    pid = os.fork()
    if pid == 0:
        child(name)
    names[pid] = name

# Reap every child, not just one, and decode each wait status: print
# "exited with N" or "killed by SIGNAME" in place of the raw status.
statuses = {}
pid, status = os.wait()  # whichever child the OS picks
statuses[names[pid]] = status
for name in sorted(statuses):
    print(f"{name}: {statuses[name]}")
