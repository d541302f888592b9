"""The fix: flush before fork(), and in the child before os._exit().
Unix only.
"""

import os
import sys

print("before fork")
sys.stdout.flush()  # nothing left in the buffer for fork() to copy

pid = os.fork()
if pid == 0:
    # written now, before os._exit() can throw it away
    print("child", flush=True)
    os._exit(0)

os.waitpid(pid, 0)
print("parent")
