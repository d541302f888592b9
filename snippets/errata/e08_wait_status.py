"""os.wait() returns a wait status, not the exit code; decode it with
os.waitstatus_to_exitcode(). Unix only.
"""

import os

pid = os.fork()
if pid == 0:
    os._exit(3)

_, status = os.wait()
print("status returned by os.wait():", status)
print("exit code:", os.waitstatus_to_exitcode(status))
assert status == 3 << 8  # on Unix, the exit code sits in the high byte
