"""Linux: an orphan is adopted by the nearest subreaper; here, this script."""

import ctypes
import os

PR_SET_CHILD_SUBREAPER = 36  # from <linux/prctl.h>

libc = ctypes.CDLL(None, use_errno=True)
if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
    raise OSError(ctypes.get_errno(), "prctl(PR_SET_CHILD_SUBREAPER) failed")

report_r, report_w = os.pipe()  # grandchild -> us: its pid and its parent's pid
end_r, end_w = os.pipe()  # us -> middle process: "you may exit now"
# us -> grandchild: "your first parent is gone, look again"
go_r, go_w = os.pipe()

middle = os.fork()
if middle == 0:  # the middle process
    if os.fork() == 0:  # the grandchild
        os.write(report_w, f"{os.getpid()} {os.getppid()}\n".encode())
        os.read(go_r, 1)
        os.write(report_w, f"{os.getpid()} {os.getppid()}\n".encode())
        os._exit(0)
    os.read(end_r, 1)
    os._exit(0)  # the middle process ends, leaving the grandchild an orphan

report = os.fdopen(report_r)
grandchild, first_parent = map(int, report.readline().split())
os.write(end_w, b"x")  # let the middle process end...
os.waitpid(middle, 0)  # ...and reap it: it is gone for good
os.write(go_w, b"x")
_, second_parent = map(int, report.readline().split())

print(
    "first parent of the grandchild: the middle process:",
    first_parent == middle,
)
print(
    "after the middle process ended, its parent is us:  ",
    second_parent == os.getpid(),
)

_, status = os.waitpid(grandchild, 0)  # it is our child now, so we may reap it
print(
    "we reaped the adopted grandchild, exit code:",
    os.waitstatus_to_exitcode(status),
)
