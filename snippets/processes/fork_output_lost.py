"""A child's print() lost at os._exit(): into a pipe, stdout waits in a buffer.
Unix only.
"""

import os

pid = os.fork()
if pid == 0:
    print("child : this line sits in the child's stdout buffer")
    # os._exit() does not flush that buffer: into a pipe, the line is
    # thrown away.
    os._exit(0)

os.waitpid(pid, 0)
print("parent: the child has ended")
