"""A solution to reap-all: os.wait() once per child, and each wait status
decoded: an exit code, or the signal that killed the child."""

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

statuses = {}
for _ in names:  # one os.wait() per child: any order
    pid, status = os.wait()
    statuses[names[pid]] = status
for name in sorted(statuses):  # sorted: the order of reaping varies
    code = os.waitstatus_to_exitcode(statuses[name])
    if code >= 0:
        print(f"{name}: exited with {code}")
    else:  # -N: killed by signal N
        print(f"{name}: killed by {signal.Signals(-code).name}")
