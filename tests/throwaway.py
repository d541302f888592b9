"""Run pytest in a throwaway copy of the project: how the harness's self-tests see its messages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from process_groups import GROUPS_DIR


def run_pytest_in(project: Path, *flags: str, snippet_timeout: float, timeout: float) -> str:
    """Run pytest, on one process, in a throwaway project; its report."""
    env = dict(os.environ, SNIPPETS_TIMEOUT=str(snippet_timeout))
    env.pop("SNIPPETS_START_METHOD", None)
    env.pop(GROUPS_DIR, None)  # the project's own session checks its own snippets
    command = [sys.executable, "-m", "pytest", "-n", "0", "-p", "no:cacheprovider", *flags]
    return subprocess.run(
        command, cwd=project, env=env, capture_output=True, text=True, timeout=timeout
    ).stdout
