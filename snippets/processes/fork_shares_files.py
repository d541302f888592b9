"""fork() copies file descriptors, but the open file behind them, position
included, is shared.
"""

import os
import tempfile

with tempfile.TemporaryFile("w+") as log:
    log.write("parent before fork\n")
    # empty Python's buffer, or the child would inherit a copy of it
    log.flush()

    pid = os.fork()
    if pid == 0:
        log.write("child\n")
        # flushes, then closes the child's copy of the descriptor only
        log.close()
        os._exit(0)

    os.waitpid(pid, 0)
    # still open here; lands after the child's line
    log.write("parent after child\n")
    log.flush()
    log.seek(0)
    print(log.read(), end="")
