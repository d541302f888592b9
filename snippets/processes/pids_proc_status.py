"""Linux: every process has a folder /proc/<pid>; its `status` file names
its parent.
"""

import os
import subprocess


def status(pid):
    """The fields of /proc/<pid>/status as a dict: {"Name": "cat", "PPid":
    "1234", ...}.
    """
    with open(f"/proc/{pid}/status") as f:
        fields = (line.split(":", 1) for line in f)
        return {name: value.strip() for name, value in fields}


me = status("self")  # "self" is this process, whatever its pid
print("/proc/self: Pid  == my getpid(): ", int(me["Pid"]) == os.getpid())
print("/proc/self: PPid == my getppid():", int(me["PPid"]) == os.getppid())

with subprocess.Popen(
    ["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE
) as child:
    child.stdin.write(b"ping\n")
    child.stdin.flush()
    # cat echoed the line back: it is up and running as cat
    child.stdout.readline()
    info = status(child.pid)
    child.stdin.close()
print("child:      Name:", info["Name"])
print("child:      PPid == my getpid(): ", int(info["PPid"]) == os.getpid())
