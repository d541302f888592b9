"""A wrong answer to reap-all: the status decoded as status >> 8 alone. That
is the exit code only if the child exited; a child killed by a signal has
none, and its 0 looks like success."""

import os
import signal


def child(name):
    if name == "a":
        os._exit(0)
    if name == "b":
        os._exit(2)
    os.kill(os.getpid(), signal.SIGKILL)


names = {}
for name in "abc":
    pid = os.fork()
    if pid == 0:
        child(name)
    names[pid] = name

statuses = {}
for _ in names:
    pid, status = os.wait()
    statuses[names[pid]] = status
for name in sorted(statuses):
    print(f"{name}: exited with {statuses[name] >> 8}")
