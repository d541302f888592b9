"""A wrong answer to reap-all: every child reaped, but the wait status taken
for the exit code. Exit code 2 is status 512; SIGKILL is status 9."""

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
    print(f"{name}: exited with {statuses[name]}")
