"""sys.exit() in a thread ends only that thread; os._exit() ends the
whole process.
"""

import subprocess
import sys

PROGRAM = """
import os, sys, threading

worker = threading.Thread(target=lambda: {call})
worker.start()
worker.join()
print("main: after join")
"""

for call in ("sys.exit(3)", "os._exit(3)"):
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM.format(call=call)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    print(
        f"{call} in a thread: exit code {result.returncode}, "
        f"output {result.stdout!r}"
    )
