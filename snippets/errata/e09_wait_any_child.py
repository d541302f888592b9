"""os.wait() returns whichever child ends first; with no child left it raises
ChildProcessError. Unix only.
"""

import os

go_r, go_w = os.pipe()
first = os.fork()
if first == 0:
    os.read(go_r, 1)  # waits for the parent's go-ahead
    os._exit(1)
second = os.fork()
if second == 0:
    os._exit(2)

_, status = os.wait()
print(
    "1st os.wait(): exit code",
    os.waitstatus_to_exitcode(status),
    "(the child started second)",
)
os.write(go_w, b"go")
_, status = os.wait()
print(
    "2nd os.wait(): exit code",
    os.waitstatus_to_exitcode(status),
    "(the child started first)",
)
try:
    os.wait()
except ChildProcessError:
    print("3rd os.wait(): ChildProcessError, no child left")
