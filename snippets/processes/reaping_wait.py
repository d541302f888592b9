"""os.wait() reaps any child; os.waitpid() a given one, optionally
without blocking.
"""

import os

# Three children that end at once with exit codes 1, 2 and 3.
for code in (1, 2, 3):
    if os.fork() == 0:
        os._exit(code)

# os.wait() returns whichever child it finds first, so collect, then sort.
codes = []
while True:
    try:
        pid, status = os.wait()
    except ChildProcessError:  # no child left to wait for
        break
    codes.append(os.waitstatus_to_exitcode(status))
print("os.wait() reaped exit codes:", sorted(codes))
print("then os.wait() raised ChildProcessError: no child left")

# One child that waits for our word before it ends.
go_r, go_w = os.pipe()
pid = os.fork()
if pid == 0:
    os.read(go_r, 1)
    os._exit(0)

# (0, 0): not finished yet
print("WNOHANG while it runs:", os.waitpid(pid, os.WNOHANG))
os.write(go_w, b"x")
finished, status = os.waitpid(pid, 0)  # blocks until this very child has ended
print("waitpid(pid, 0) returned its pid:", finished == pid)
