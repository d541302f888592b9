"""-X faulthandler, PYTHONFAULTHANDLER=1 and -X dev.

Each turns faulthandler on: a fatal signal prints the tracebacks first.
"""

import os
import re
import resource
import signal
import subprocess
import sys
import threading


def hang():
    lock = threading.Lock()
    lock.acquire()
    print("ready", flush=True)
    lock.acquire()  # waits for ever


if __name__ == "__main__" and sys.argv[1:] == ["hang"]:
    hang()
elif __name__ == "__main__":
    # The children write no core file
    hard = resource.getrlimit(resource.RLIMIT_CORE)[1]
    resource.setrlimit(resource.RLIMIT_CORE, (0, hard))
    env = {k: v for k, v in os.environ.items() if k != "PYTHONFAULTHANDLER"}
    ways = {
        "python x.py": ([], env),
        "python -X faulthandler x.py": (["-X", "faulthandler"], env),
        "PYTHONFAULTHANDLER=1 python x.py": (
            [],
            dict(env, PYTHONFAULTHANDLER="1"),
        ),
        "python -X dev x.py": (["-X", "dev"], env),
    }
    for name, (options, environment) in ways.items():
        child = subprocess.Popen(
            [sys.executable, *options, __file__, "hang"],
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        child.stdout.readline()  # "ready"
        # `kill -ABRT <pid>`: what abort() in C code raises
        child.send_signal(signal.SIGABRT)
        _, stderr = child.communicate()
        functions = re.findall(
            r'File ".*debugging_dev_mode\.py", line \d+ in (\S+)', stderr
        )
        print(f"{name:33} {signal.Signals(-child.returncode).name}", end=" | ")
        print(
            stderr.splitlines()[0] if stderr else "(nothing on stderr)", end=""
        )
        print(f" | {' <- '.join(functions)}" if functions else "")
