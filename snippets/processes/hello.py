import os

print("pid is an int:", isinstance(os.getpid(), int))
