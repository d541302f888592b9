"""After fork, parent and child share each open file, read/write position
included. Unix only.
"""

import os
import tempfile

fd, path = tempfile.mkstemp()
pid = os.fork()
if pid == 0:
    # 5 bytes; moves the position that parent and child share
    os.write(fd, b"child")
    os._exit(0)

os.waitpid(pid, 0)
position = os.lseek(fd, 0, os.SEEK_CUR)  # the parent wrote nothing itself
print("parent's file position after the child wrote 5 bytes:", position)
assert position == 5  # a copy of the parent's file would still be at 0
os.close(fd)
os.remove(path)
