"""On Linux an orphan is adopted by its nearest subreaper, which need not be
init (PID 1). Linux only.
"""

import ctypes
import os

PR_SET_CHILD_SUBREAPER = 36  # from <linux/prctl.h>
libc = ctypes.CDLL(None, use_errno=True)
if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
    raise OSError(ctypes.get_errno(), "prctl(PR_SET_CHILD_SUBREAPER) failed")

go_r, go_w = os.pipe()
report_r, report_w = os.pipe()
middle = os.fork()
if middle == 0:
    if os.fork() == 0:  # the grandchild
        os.read(go_r, 1)  # waits until its parent, the middle process, is gone
        os.write(report_w, str(os.getppid()).encode())
        os._exit(0)
    # the middle process exits without waiting: its child is orphaned
    os._exit(0)

os.waitpid(middle, 0)  # the middle process has exited and been reaped
os.write(go_w, b"go")
new_parent = int(os.read(report_r, 32))
print("orphan adopted by init (PID 1):", new_parent == 1)
print("orphan adopted by this subreaper:", new_parent == os.getpid())
_, status = os.wait()  # the subreaper now reaps the orphan
print("the subreaper reaped it, exit code", os.waitstatus_to_exitcode(status))
