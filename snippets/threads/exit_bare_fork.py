"""Nobody waits for a child made by a bare os.fork(). Unix only."""

import atexit
import os

read_end, write_end = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(write_end)
    os.read(read_end, 1)  # blocks until the parent closes its end of the pipe
    os._exit(0)

os.close(read_end)


def at_exit():
    # Runs while the interpreter shuts down, after it has waited for
    # non-daemon threads.
    finished, _ = os.waitpid(pid, os.WNOHANG)  # 0: the child has not ended
    print(
        "atexit: the interpreter is shutting down; the child still runs:",
        finished == 0,
    )
    os.close(write_end)  # now let the child end...
    # ...and reap it ourselves: the interpreter would not
    _, status = os.waitpid(pid, 0)
    print(
        "atexit: reaped the child ourselves, exit code",
        os.waitstatus_to_exitcode(status),
    )


atexit.register(at_exit)
print("parent: last line of the script; no os.waitpid() so far")
