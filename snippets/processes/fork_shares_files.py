"""What fork() does not copy: an open file is shared, including its position."""

import os
import tempfile

with tempfile.TemporaryFile("w+") as log:
    log.write("parent before fork\n")
    log.flush()  # empty Python's buffer, or the child would inherit a copy of it

    pid = os.fork()
    if pid == 0:
        log.write("child\n")
        log.flush()
        os._exit(0)

    os.waitpid(pid, 0)
    log.write("parent after child\n")  # written after the child's line, not over it
    log.flush()
    log.seek(0)
    print(log.read(), end="")
