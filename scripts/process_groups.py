"""Each snippet runs in a process group of its own: killed whole at a timeout, and checked empty.

A snippet's helpers (multiprocessing's resource tracker, the fork server) may
outlive it by a moment. The test session becomes a subreaper (Linux) so that
it, not a distant init, reaps them, and at its end it fails if any recorded
group still has a member (tests/conftest.py).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

# The folder where each test process notes the groups it started: set by the main pytest process,
# inherited by the xdist workers.
GROUPS_DIR = "SNIPPETS_GROUPS_DIR"


def record_group(pgid: int) -> None:
    """Note the snippet's process group, so that the end of the test session can check it is empty."""
    folder = os.environ.get(GROUPS_DIR)
    if folder:
        with open(Path(folder) / f"{os.getpid()}.txt", "a") as f:
            f.write(f"{pgid}\n")


def recorded_groups() -> list[int]:
    folder = os.environ.get(GROUPS_DIR)
    if not folder:
        return []
    return [int(line) for f in Path(folder).glob("*.txt") for line in f.read_text().split()]


def kill_tree(proc: subprocess.Popen) -> None:
    if os.name == "posix":
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
    else:
        subprocess.run(["taskkill", "/F", "/T", "/PID", str(proc.pid)], capture_output=True)
    proc.kill()


def become_subreaper() -> None:
    """Adopt the orphans of the snippets we run (Linux), so that we, not a distant init, reap them.

    Without this they would be re-parented to PID 1, which reaps late or, in
    some containers, never.
    """
    if sys.platform != "linux":
        return
    import ctypes

    PR_SET_CHILD_SUBREAPER = 36
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)


def reap(pgid: int) -> None:
    """Collect the exit status of any finished process of the group that was re-parented to us."""
    while True:
        try:
            pid, _ = os.waitpid(-pgid, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def leftovers(pgid: int) -> list[str]:
    """Live (not zombie) processes still in the snippet's process group."""
    for _ in range(50):  # give processes that are already exiting 0.5 s to go
        reap(pgid)
        found = group_members(pgid)
        if not found:
            return []
        time.sleep(0.01)
    return found


def group_members(pgid: int, zombies: bool = False) -> list[str]:
    # Is there any process in the group (zombies too)? Mostly not: one system call, not a scan of /proc.
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return []
    except PermissionError:  # it exists, but is not ours
        pass
    proc_dir = Path("/proc")
    if not proc_dir.is_dir():  # macOS: no /proc to say which
        return [f"process group {pgid}"]
    found = []
    for stat in proc_dir.glob("[0-9]*/stat"):
        try:
            data = stat.read_text()
        except OSError:
            continue
        # pid (comm) state ppid pgrp ...; comm may contain spaces and parentheses
        name = data[data.index("(") + 1 : data.rindex(")")]
        state, _ppid, group = data[data.rindex(")") + 2 :].split()[:3]
        if int(group) == pgid and (zombies or state != "Z"):
            found.append(f"pid {stat.parent.name} ({name}, state {state})")
    return found
