"""Run one program twice: one file on disk, two processes in memory."""

import pathlib
import subprocess
import sys
import tempfile

with tempfile.TemporaryDirectory() as folder:
    program = pathlib.Path(folder, "report.py")
    program.write_text(
        "import os, pathlib\nprint(pathlib.Path(__file__).name, os.getpid())\n"
    )

    runs = []
    for _ in range(2):
        result = subprocess.run(
            [sys.executable, program],
            capture_output=True,
            text=True,
            check=True,
        )
        name, pid = result.stdout.split()
        runs.append((name, int(pid)))

(name1, pid1), (name2, pid2) = runs
print("program of run 1:", name1)
print("program of run 2:", name2)
print("same pid?", pid1 == pid2)
