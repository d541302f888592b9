"""fork() copies file descriptors, but the open file behind them, position included, is shared."""

import os
import tempfile

with tempfile.TemporaryFile("w+") as log:
    log.write("parent before fork\n")
    log.flush()  # empty Python's buffer, or the child would inherit a copy of it

    pid = os.fork()
    if pid == 0:
        log.write("child\n")
        log.close()  # flushes, then closes the child's copy of the descriptor only
        os._exit(0)

    os.waitpid(pid, 0)
    log.write("parent after child\n")  # still open here; lands after the child's line
    log.flush()
    log.seek(0)
    print(log.read(), end="")
