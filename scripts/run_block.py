"""Run a page's block as a reader runs it: a fresh interpreter, as ``__main__``, from the repository root.

Its environment has none of the variables a reader would not have set, its
output goes into a pipe or (POSIX) a terminal, and it runs in a process group
of its own (scripts/process_groups.py), killed whole at the timeout.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from process_groups import kill_tree, leftovers, record_group
from site_files import ROOT, SnippetError

if TYPE_CHECKING:
    # Only for annotations: this module must import without markdown and mkdocs, for
    # scripts/matrix.py, which runs before the project's environment exists.
    from blocks import Block

START_METHOD_SHIM = Path(__file__).resolve().parent / "startmethod"
# multiprocessing's start methods; the CI matrix (.github/workflows/ci.yml) runs each, and
# tests/test_workflows.py holds it to this list.
START_METHODS = ("fork", "spawn", "forkserver")
# Seconds a block may run before it is killed; SNIPPETS_TIMEOUT overrides (the harness self-tests use 2).
TIMEOUT_SECONDS = float(os.environ.get("SNIPPETS_TIMEOUT", "10"))

# How a reader may run a block, each checked against the shown output: stdout and stderr into one
# pipe (`python x.py 2>&1 | cat`, an IDE's output pane, a CI log: stdout is block-buffered), and at a
# shell prompt, in a terminal (stdout is line-buffered). A pty needs POSIX.
PIPE, TERMINAL = "pipe", "terminal"
# Both cannot fit the test command's time budget on two cores: the pipe runs by default, and
# `--terminal` (CI's .ci/run and workflow, dev.py matrix) adds the terminal; see use_terminal().
READER_MODES = [PIPE]

MODE_NAMES = {
    PIPE: "with its output going into a pipe (as `python x.py | cat`, an IDE or a CI log shows it)",
    TERMINAL: "in a terminal (as a reader at a shell prompt sees it)",
}


def use_terminal() -> None:
    """Run every block in a terminal too (POSIX only: a pty)."""
    if os.name == "posix" and TERMINAL not in READER_MODES:
        READER_MODES.append(TERMINAL)


@dataclass
class Run:
    output: str
    returncode: int | None  # None: killed at the timeout
    leftovers: list[str]  # processes of its group still alive after it exited
    seconds: float


def start_method() -> str | None:
    """The multiprocessing start method every snippet must use, or None for the platform default."""
    method = os.environ.get("SNIPPETS_START_METHOD", "").strip()
    if not method:
        return None
    if method not in START_METHODS:
        raise SnippetError(
            f"SNIPPETS_START_METHOD={method!r} is not a start method: use one of {', '.join(START_METHODS)}, "
            f"or leave it unset for the platform default"
        )
    import multiprocessing

    if method not in multiprocessing.get_all_start_methods():
        raise SnippetError(f"SNIPPETS_START_METHOD={method!r} is not available on {sys.platform}")
    return method


# Variables that change how Python runs or what it prints, which a reader who types
# `python snippets/x.py` does not have set: every PYTHON* variable (this machine exports
# PYTHONUNBUFFERED, which hides output lost in a buffer), and those that turn colour on or off.
READER_UNSET_PREFIXES = ("PYTHON",)
READER_UNSET = ("FORCE_COLOR", "NO_COLOR", "TERM", "COLUMNS", "LINES")
# Colour a Python 3.13+ terminal gives tracebacks: a reader sees the text, not the escapes.
ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def snippet_env() -> dict[str, str]:
    """The environment a reader's shell gives a snippet: ours, less what only we have set."""
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(READER_UNSET_PREFIXES) and name not in READER_UNSET
    }
    if start_method():
        # sitecustomize.py there calls multiprocessing.set_start_method() at start-up.
        env["PYTHONPATH"] = str(START_METHOD_SHIM)
    return env


def run_python(
    args: list[str],
    timeout: float = TIMEOUT_SECONDS,
    extra_path: str | None = None,
    mode: str = PIPE,
) -> Run:
    """Run `python *args` from the repository root as a reader would; stdout and stderr together."""
    env = snippet_env()
    if extra_path:
        env["PYTHONPATH"] = os.pathsep.join(p for p in (extra_path, env.get("PYTHONPATH")) if p)
    posix = os.name == "posix"
    if mode == TERMINAL:
        import pty

        reader, terminal = pty.openpty()
        streams = {"stdin": terminal, "stdout": terminal, "stderr": terminal}
    else:
        streams = {
            "stdin": subprocess.DEVNULL,
            "stdout": subprocess.PIPE,
            "stderr": subprocess.STDOUT,
        }
    started = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, *args],
        cwd=ROOT,
        env=env,
        start_new_session=posix,
        creationflags=0 if posix else subprocess.CREATE_NEW_PROCESS_GROUP,
        **streams,
    )
    record_group(proc.pid)
    if mode == TERMINAL:
        os.close(terminal)  # ours: once every process has closed its copy, reading ends
        out, returncode = _read_terminal(proc, reader, timeout)
    else:
        try:
            out, _ = proc.communicate(timeout=timeout)
            returncode = proc.returncode
        except subprocess.TimeoutExpired:
            kill_tree(proc)
            try:
                out, _ = proc.communicate(timeout=5)
            except subprocess.TimeoutExpired:  # a grandchild escaped the group and holds the pipe
                out = b"(output unavailable: a process outside the group kept the pipe open)\n"
            returncode = None
    seconds = time.monotonic() - started
    left = leftovers(proc.pid) if posix else []
    if left:
        kill_tree(proc)
    text = out.decode("utf-8", errors="replace").replace("\r\n", "\n")
    if mode == TERMINAL:
        text = ANSI_ESCAPE.sub("", text)
    return Run(text, returncode, left, seconds)


def _read_terminal(proc: subprocess.Popen, reader: int, timeout: float) -> tuple[bytes, int | None]:
    """Everything written to the pty until every writer has closed it; (output, status or None)."""
    import select

    chunks = []
    deadline = time.monotonic() + timeout
    killed = False
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0 and not killed:
                kill_tree(proc)
                killed, deadline = True, time.monotonic() + 5
                continue
            if left <= 0:  # a grandchild escaped the group and holds the terminal
                chunks.append(
                    b"(output unavailable: a process outside the group kept the terminal open)\n"
                )
                break
            if not select.select([reader], [], [], min(left, 0.1))[0]:
                continue
            try:
                data = os.read(reader, 65536)
            except OSError:  # EIO: the last writer closed the terminal
                break
            if not data:
                break
            chunks.append(data)
    finally:
        os.close(reader)
    returncode = proc.wait(timeout=5)
    return b"".join(chunks), None if killed else returncode


def block_command(block: Block, tmp_dir: Path) -> tuple[list[str], str | None, str]:
    """What to run for a block: python's arguments, extra PYTHONPATH, and how to name it in a message."""
    if block.whole_file:
        return [block.whole_file], None, block.whole_file
    # Several includes or a part of a file: run the code exactly as shown.
    script = tmp_dir / (block.page.replace("/", "_").replace(".md", "") + f"_line{block.line}.py")
    script.write_text(block.code, encoding="utf-8")
    included = [inc.path for inc in block.includes]
    extra_path = os.pathsep.join(str((ROOT / p).parent) for p in dict.fromkeys(included)) or None
    return [str(script)], extra_path, " + ".join(included) or "the code of the block"


class RunFailed(SnippetError):
    """A run that went wrong in itself. An errata page's broken example is shown to fail in one of
    these ways: its marker names which, as in <!--pytest.mark.xfail(strict=True, raises=Hung,
    reason="...")-->, so that failing in any other way (a typo, say) fails the test."""


class Hung(RunFailed):
    """It did not finish within the time limit."""


class AssertionFailed(RunFailed):
    """It ended with an AssertionError: its own check of what went wrong."""


class ExitedWithError(RunFailed):
    """It exited with a status other than 0, not through an AssertionError."""


class LeftProcessesRunning(RunFailed):
    """It exited, but processes it started were still running."""


# Every kind above, from the classes themselves: a kind added there is known everywhere.
RUN_FAILURES = tuple(RunFailed.__subclasses__())


def run_failure(head: str, run: Run, timeout: float) -> RunFailed | None:
    """Why a run is not a good run (killed, failed, left processes behind), or None."""
    if run.returncode is None:
        return Hung(
            f"{head} did not finish within {timeout:g} s; it was killed with its whole process group.\n"
            f"It printed so far:\n{quoted(run.output)}"
        )
    if run.returncode != 0:
        last = run.output.rstrip().rpartition("\n")[2]
        failed = AssertionFailed if re.match(r"AssertionError\b", last) else ExitedWithError
        return failed(
            f"{head} exited with status {run.returncode}. It printed:\n{quoted(run.output)}"
        )
    if run.leftovers:
        return LeftProcessesRunning(
            f"{head} exited but left processes running ({', '.join(run.leftovers)}); "
            f"join or wait for every process it starts"
        )
    return None


def quoted(text: str) -> str:
    """Output quoted in a message, each line behind a bar."""
    return "".join(f"    | {line}" for line in text.splitlines(keepends=True)) or "    (nothing)\n"
