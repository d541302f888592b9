"""py-spy dump: read the stacks of a running Python process from outside.

The process is paused for a moment, but nothing is injected or changed.
"""

import ctypes
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import threading
import time

PR_SET_PTRACER = 0x59616D61  # Linux's prctl() option for Yama (linux/prctl.h)


def wait_for_reply(reply):
    reply.wait()  # nobody ever sets it


def hang():
    # Where Yama's ptrace_scope is 1 (Ubuntu, for one), only an ancestor may
    # read a process's memory, and py-spy is our sibling: allow our parent and
    # its children. Elsewhere: no effect.
    ctypes.CDLL(None).prctl(
        PR_SET_PTRACER, ctypes.c_ulong(os.getppid()), 0, 0, 0
    )
    client = threading.Thread(
        target=wait_for_reply, args=(threading.Event(),), name="client"
    )
    client.start()
    while sys._current_frames()[client.ident].f_code.co_name != "wait":
        time.sleep(0.01)  # until the client is inside Event.wait()
    # Tell the parent, then wait for ever: nothing comes on stdin
    input("ready\n")


if __name__ == "__main__" and sys.argv[1:] == ["hang"]:
    hang()
elif __name__ == "__main__":
    scripts = sysconfig.get_path("scripts")
    py_spy = shutil.which("py-spy", path=scripts) or shutil.which("py-spy")
    if py_spy is None:
        sys.exit("py-spy is not installed: pip install py-spy")
    child = subprocess.Popen(
        [sys.executable, __file__, "hang"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    child.stdout.readline()  # "ready"
    dump = subprocess.run(
        [py_spy, "dump", "--pid", str(child.pid)],
        capture_output=True,
        text=True,
        timeout=10,
    )
    child.kill()
    child.wait()
    child.stdin.close()
    child.stdout.close()
    if dump.returncode != 0:
        sys.exit(f"py-spy dump failed: {dump.stderr.strip()}")
    for line in dump.stdout.splitlines():
        thread = re.match(r'Thread \S+ \(\w+\): (".*")', line)
        if thread:
            # Without the thread id, which changes from run to run
            print("Thread", thread[1])
        elif re.match(r"\s+\S+ \(debugging_py_spy\.py:\d+\)", line):
            # A frame of this file (the standard library's vary by version)
            print(line)
