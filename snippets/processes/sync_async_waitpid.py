"""os.waitpid() with and without os.WNOHANG. Unix only."""

import os

read_end, write_end = os.pipe()
pid = os.fork()
# child: wait until the parent writes a byte, then exit with code 7
if pid == 0:
    os.close(write_end)
    os.read(read_end, 1)
    os._exit(7)

os.close(read_end)
# nothing yet
print(
    "waitpid(pid, WNOHANG) while the child runs:", os.waitpid(pid, os.WNOHANG)
)
os.write(write_end, b"x")  # let the child finish
os.close(write_end)
finished, status = os.waitpid(pid, 0)  # blocking: waits for the child to end
code = os.waitstatus_to_exitcode(status)
print(
    "waitpid(pid, 0) after it ends: exit code",
    code,
    "| same pid?",
    finished == pid,
)
