"""Ask `ps` about a child of ours, and see which ps forms show the parent id."""

import os
import subprocess


def ps(*args):
    return subprocess.run(
        ["ps", *args], capture_output=True, text=True, check=True
    ).stdout


# A child that waits until we close its standard input.
with subprocess.Popen(
    ["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE
) as child:
    child.stdin.write(b"ping\n")
    child.stdin.flush()
    # cat echoed the line back: it is up and running as cat
    child.stdout.readline()
    # "=" after each column name drops the header line; -p picks one process.
    pid, ppid, comm = ps("-o", "pid=,ppid=,comm=", "-p", str(child.pid)).split()
    child.stdin.close()  # cat sees end of input and exits; `with` waits for it

print("PID  column is the child's pid:", int(pid) == child.pid)
print("PPID column is my pid:         ", int(ppid) == os.getpid())
print("COMM column:                   ", os.path.basename(comm))

# Only the header line of each listing matters here.
print("ps -ef  has a PPID column:", "PPID" in ps("-ef").splitlines()[0].split())
print("ps aux  has a PPID column:", "PPID" in ps("aux").splitlines()[0].split())
