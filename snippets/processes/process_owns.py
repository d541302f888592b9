"""A child changes its memory, environment and working directory; the parent's stay as they were."""

import os
import subprocess
import sys

child_code = """
import os
counter = 100                        # its own memory
os.environ["GREETING"] = "changed"   # its own environment
os.chdir(os.path.dirname(os.getcwd()))  # its own working directory
print("child :", counter, os.environ["GREETING"], os.getcwd() != start)
"""

counter = 1
os.environ["GREETING"] = "hello"
start = os.getcwd()
subprocess.run([sys.executable, "-c", f"start = {start!r}" + child_code], check=True)
print("parent:", counter, os.environ["GREETING"], os.getcwd() != start)
