"""After fork() the child works on a copy of the parent's memory."""

import os

shopping = ["milk"]

pid = os.fork()
if pid == 0:
    shopping.append("eggs")  # changes the child's copy only
    print("child  sees:", shopping, flush=True)
    os._exit(0)

os.waitpid(pid, 0)  # the child has finished changing its list
print("parent sees:", shopping)
