"""A parent made with a bare os.fork() does not wait for its child at exit: the
child runs on. Unix only.
"""

import os

go_r, go_w = os.pipe()
report_r, report_w = os.pipe()
# the parent of this demo is itself a child, so that it can exit first
parent = os.fork()
if parent == 0:
    if os.fork() == 0:  # its child
        os.read(go_r, 1)  # waits until its parent is gone
        reparented = os.getppid() != parent
        os.write(
            report_w,
            (
                "still running after my parent exited; "
                f"reparented: {reparented}"
            ).encode(),
        )
        os._exit(0)
    os._exit(0)  # the parent exits at once: nothing waits for the child

os.waitpid(parent, 0)  # the parent has exited (and been reaped)
os.write(go_w, b"go")
print("its child says:", os.read(report_r, 100).decode())
