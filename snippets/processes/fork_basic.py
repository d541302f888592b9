"""os.fork(): one call, two returns. Unix only."""

import os

pid = os.fork()  # from here on, two processes run this same code

if pid == 0:
    # In the child, fork() returned 0.
    print(f"child : fork() returned {pid}", flush=True)
    os._exit(0)  # leave now, skipping the clean-up (1)
else:
    # In the parent, fork() returned the child's pid. Wait for the child first,
    # so the two lines always come out in this order.
    finished_pid, status = os.waitpid(pid, 0)  # (2)!
    print(f"parent: fork() returned the child's pid: {pid == finished_pid}")
    print(f"parent: child exit code {os.waitstatus_to_exitcode(status)}")
