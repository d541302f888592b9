"""Find the code blocks of the site's pages and run them as a reader would.

The pages are parsed with pytest-codeblocks (its markers: ``expected-output``,
``cont``, ``pytest.mark.*``). ``--8<--`` lines are expanded by pymdownx.snippets
with the configuration read from ``mkdocs.yml``, so a test sees exactly what
the reader sees. Each block then runs in a fresh interpreter, as ``__main__``,
in a process group of its own, so that a timeout can kill it with every child.
"""

from __future__ import annotations

import difflib
import hashlib
import os
import re
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

import markdown
from mkdocs.utils.yaml import yaml_load
from pytest_codeblocks.main import extract_from_buffer

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"
START_METHOD_SHIM = Path(__file__).resolve().parent / "startmethod"
START_METHODS = ("fork", "spawn", "forkserver")
# Seconds a block may run before it is killed; SNIPPETS_TIMEOUT overrides (the harness self-tests use 2).
TIMEOUT_SECONDS = float(os.environ.get("SNIPPETS_TIMEOUT", "10"))

# `--8<-- "snippets/x.py"`, `--8<-- "snippets/x.py:3:9"` or `--8<-- "snippets/x.py:name"`
INCLUDE = re.compile(r"""^\s*-{1,}8<-{1,}\s+(["'])(?P<spec>[^"']+)\1\s*$""")
EXPECTED_OUTPUT_MARKER = re.compile(r"<!--[-\s]*pytest-codeblocks:expected-output[-\s]*-->")
# <!--expected-output-when: sys.version_info < (3, 13)--> above a ```text fence: what the block above
# prints instead of its <!--pytest-codeblocks:expected-output--> output where the condition holds.
OUTPUT_WHEN_MARKER = re.compile(r"^\s*<!--\s*expected-output-when:\s*(?P<condition>.+?)\s*-->\s*$")

# How a reader may run a block, each checked against the shown output: stdout and stderr into one
# pipe (`python x.py 2>&1 | cat`, an IDE's output pane, a CI log: stdout is block-buffered), and at a
# shell prompt, in a terminal (stdout is line-buffered). A pty needs POSIX.
PIPE, TERMINAL = "pipe", "terminal"
# Both cannot fit the test command's time budget on two cores: the pipe runs by default, and
# `--terminal` (CI's .ci/run and workflow, dev.py matrix) adds the terminal; see use_terminal().
READER_MODES = [PIPE]


def use_terminal() -> None:
    """Run every block in a terminal too (POSIX only: a pty)."""
    if os.name == "posix" and TERMINAL not in READER_MODES:
        READER_MODES.append(TERMINAL)


MODE_NAMES = {
    PIPE: "with its output going into a pipe (as `python x.py | cat`, an IDE or a CI log shows it)",
    TERMINAL: "in a terminal (as a reader at a shell prompt sees it)",
}
# Colour a Python 3.13+ terminal gives tracebacks: a reader sees the text, not the escapes.
ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


class SnippetError(Exception):
    """A problem a contributor must fix; the message names the page and line."""


@dataclass
class Include:
    spec: str  # as written after --8<--
    path: str  # the snippet file, relative to the repository root

    @property
    def whole_file(self) -> bool:
        return self.spec == self.path


@dataclass
class OutputVariant:
    """Output a block prints on some Pythons or builds only: shown after its usual output, and tested there."""

    condition: str  # a Python expression, evaluated like a marker (see evaluate_condition)
    text: str
    line: int  # the fence that shows it
    end: int | None  # the fence that closes it


@dataclass
class Block:
    page: str  # "docs/processes/fork.md"
    line: int  # line of the opening fence
    code: str  # what the reader sees: includes expanded
    includes: list[Include]
    expected_output: str | None = None
    output_line: int | None = None  # line of the fence that shows the output
    output_end: int | None = None  # line of the fence that closes it
    end_line: int | None = None  # line of the fence that closes the code block
    marks: list[str] = field(default_factory=list)
    whole_file: str | None = (
        None  # the snippet file, when the block is exactly one whole-file include
    )
    problem: str | None = None  # a mistake found while reading the page
    variants: list[OutputVariant] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"{self.page}::line {self.line}"

    @property
    def where(self) -> str:
        """`page:line`, the form editors and terminals turn into links."""
        return f"{self.page}:{self.line}"


def pages() -> list[Path]:
    return sorted(DOCS.rglob("*.md"))


@cache
def all_blocks() -> dict[str, list[Block] | SnippetError]:
    """Each page's blocks, or the error that stopped reading it."""
    found: dict[str, list[Block] | SnippetError] = {}
    for page in pages():
        try:
            found[rel(page)] = read_blocks(page)
        except SnippetError as e:
            found[rel(page)] = e
    return found


def rel(path: Path) -> str:
    return path.resolve().relative_to(ROOT).as_posix()


@cache
def _snippets_config() -> dict:
    """The pymdownx.snippets options exactly as mkdocs.yml sets them."""
    with open(ROOT / "mkdocs.yml", encoding="utf-8") as f:
        config = yaml_load(f)
    for entry in config.get("markdown_extensions", []):
        if isinstance(entry, dict) and "pymdownx.snippets" in entry:
            options = dict(entry["pymdownx.snippets"] or {})
            break
        if entry == "pymdownx.snippets":
            options = {}
            break
    else:
        raise SnippetError("mkdocs.yml: markdown_extensions does not enable pymdownx.snippets")
    base = options.get("base_path", ["."])
    base = [base] if isinstance(base, str) else base
    # mkdocs runs from the repository root; the tests may not.
    options["base_path"] = [str(ROOT / b) for b in base]
    return options


def _expand(lines: list[str]) -> list[str]:
    md = markdown.Markdown(
        extensions=["pymdownx.snippets"],
        extension_configs={"pymdownx.snippets": _snippets_config()},
    )
    return md.preprocessors["snippet"].run(lines)


def read_blocks(page: Path) -> list[Block]:
    """Every fenced Python block of a page, includes expanded."""
    page_name = rel(page)
    text = page.read_text(encoding="utf-8")
    lines = text.splitlines()
    with open(page, encoding="utf-8") as f:
        try:
            parsed = extract_from_buffer(f)
        except RuntimeError as e:
            raise SnippetError(f"{page_name}: {e}") from e
    blocks = []
    for found in parsed:
        language = (found.syntax or "").split(" ", 1)[0].strip("{.")
        if language != "python":
            continue
        where = f"{page_name}:{found.lineno}"
        includes = []
        for n, code_line in enumerate(found.code.splitlines()):
            m = INCLUDE.match(code_line)
            if m:
                spec = m["spec"]
                path = _spec_path(spec)
                if not (ROOT / path).is_file():
                    raise SnippetError(
                        f"{page_name}:{found.lineno + 1 + n}: --8<-- includes {spec!r}, but {path} does not exist "
                        f"(paths are relative to the repository root, like snippets/processes/fork_basic.py)"
                    )
                includes.append(Include(spec, path))
        try:
            code = "\n".join(_expand(found.code.splitlines())) + "\n"
        except Exception as e:  # pymdownx raises its own SnippetMissingError, among others
            raise SnippetError(f"{where}: cannot expand the --8<-- include: {e}") from e
        block = Block(
            page_name, found.lineno, code, includes, found.expected_output, marks=list(found.marks)
        )
        inline = [s for s in found.code.splitlines() if s.strip() and not INCLUDE.match(s)]
        if inline:
            block.problem = (
                f"{where}: the block has Python written in the page ({inline[0].strip()!r}). Put the code in a file "
                f'under snippets/ and include it with --8<-- "snippets/...", so that it runs standalone and in the tests'
            )
        if (
            len(found.code.strip().splitlines()) == 1
            and len(includes) == 1
            and includes[0].whole_file
        ):
            block.whole_file = includes[0].path
        block.end_line = _fence_end(lines, found.lineno)
        if found.expected_output is not None:
            block.output_line = _output_fence_line(lines, found.lineno)
            if block.output_line is not None:
                block.output_end = _fence_end(lines, block.output_line)
        blocks.append(block)
    _attach_variants(page_name, lines, blocks)
    return blocks


def _attach_variants(page_name: str, lines: list[str], blocks: list[Block]) -> None:
    """Give each <!--expected-output-when: ...--> output to the Python block above it."""
    for n, text in enumerate(lines, start=1):
        m = OUTPUT_WHEN_MARKER.match(text)
        if not m:
            continue
        owner = [b for b in blocks if b.line < n]
        fence = next(
            (j + 1 for j in range(n, len(lines)) if lines[j].lstrip().startswith("```")), None
        )
        if not owner or fence is None or owner[-1].expected_output is None:
            raise SnippetError(
                f"{page_name}:{n}: <!--expected-output-when: ...--> must follow a Python block that shows its "
                f"usual output (<!--pytest-codeblocks:expected-output-->), and be followed by a ```text fence"
            )
        end = _fence_end(lines, fence)
        body = lines[fence : (end or len(lines) + 1) - 1]
        indent = _indent_width(lines[fence - 1])
        shown = "".join(line[indent:] + "\n" for line in body)
        owner[-1].variants.append(OutputVariant(m["condition"], shown, fence, end))


def _indent_width(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def shown_output(block: Block, mode: str = PIPE) -> Block:
    """The block with the output it must print here, run this way (`mode`): a variant whose condition
    holds, or its usual one."""
    holding = [
        v
        for v in block.variants
        if evaluate_condition(v.condition, f"{block.page}:{v.line - 1}", mode)
    ]
    if len(holding) > 1:
        raise SnippetError(
            f"{block.where}: the conditions of several outputs hold here "
            f"({'; '.join(v.condition for v in holding)}); make them exclude each other"
        )
    if not holding:
        return block
    v = holding[0]
    return replace(block, expected_output=v.text, output_line=v.line, output_end=v.end)


def _spec_path(spec: str) -> str:
    # "path:3:9" and "path:section" select part of a file; a bare path is the whole file.
    path = spec
    while ":" in path and not (ROOT / path).is_file():
        path = path.rsplit(":", 1)[0]
    return path


def _fence_end(lines: list[str], opening: int) -> int | None:
    """The line of the fence that closes the one opened at line `opening` (1-based), as pytest-codeblocks finds it."""
    fence = lines[opening - 1].lstrip()
    ticks = "`" * (len(fence) - len(fence.lstrip("`")))
    for i in range(opening, len(lines)):
        if lines[i].lstrip().startswith(ticks):
            return i + 1
    return None


def _output_fence_line(lines: list[str], after: int) -> int | None:
    for i in range(after, len(lines)):
        if EXPECTED_OUTPUT_MARKER.search(lines[i]):
            for j in range(i + 1, len(lines)):
                if lines[j].lstrip().startswith("```"):
                    return j + 1
    return None


# ---------------------------------------------------------------- running


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
    _record_group(proc.pid)
    if mode == TERMINAL:
        os.close(terminal)  # ours: once every process has closed its copy, reading ends
        out, returncode = _read_terminal(proc, reader, timeout)
    else:
        try:
            out, _ = proc.communicate(timeout=timeout)
            returncode = proc.returncode
        except subprocess.TimeoutExpired:
            _kill_tree(proc)
            try:
                out, _ = proc.communicate(timeout=5)
            except subprocess.TimeoutExpired:  # a grandchild escaped the group and holds the pipe
                out = b"(output unavailable: a process outside the group kept the pipe open)\n"
            returncode = None
    seconds = time.monotonic() - started
    leftovers = _leftovers(proc.pid) if posix else []
    if leftovers:
        _kill_tree(proc)
    text = out.decode("utf-8", errors="replace").replace("\r\n", "\n")
    if mode == TERMINAL:
        text = ANSI_ESCAPE.sub("", text)
    return Run(text, returncode, leftovers, seconds)


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
                _kill_tree(proc)
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


def _record_group(pgid: int) -> None:
    """Note the snippet's process group, so that the end of the test session can check it is empty."""
    folder = os.environ.get("SNIPPETS_GROUPS_DIR")
    if folder:
        with open(Path(folder) / f"{os.getpid()}.txt", "a") as f:
            f.write(f"{pgid}\n")


def recorded_groups() -> list[int]:
    folder = os.environ.get("SNIPPETS_GROUPS_DIR")
    if not folder:
        return []
    return [int(line) for f in Path(folder).glob("*.txt") for line in f.read_text().split()]


def _kill_tree(proc: subprocess.Popen) -> None:
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

    A snippet's helpers (multiprocessing's resource tracker, the fork server)
    may outlive it by a moment. Without this they would be re-parented to
    PID 1, which reaps late or, in some containers, never.
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


def _leftovers(pgid: int) -> list[str]:
    """Live (not zombie) processes still in the snippet's process group."""
    for _ in range(50):  # give processes that are already exiting 0.5 s to go
        reap(pgid)
        found = group_members(pgid)
        if not found:
            return []
        time.sleep(0.01)
    return found


def group_members(pgid: int, zombies: bool = False) -> list[str]:
    proc_dir = Path("/proc")
    if not proc_dir.is_dir():  # macOS: no /proc; ask the kernel if the group exists
        try:
            os.killpg(pgid, 0)
        except (ProcessLookupError, PermissionError):
            return []
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


# ---------------------------------------------------------------- checking


_runs: dict[tuple[str, str], Run] = {}


def run_key(block: Block) -> str:
    """Blocks with the same key show the same code: the Chinese and English twins of a page."""
    return block.whole_file or hashlib.sha256(block.code.encode()).hexdigest()[:16]


def refresh_command(page: str) -> str:
    """The command that rewrites a page's shown output (both languages) from real runs: tests/refresh.py."""
    return f"python scripts/dev.py refresh {page}"


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


def run_failure(head: str, run: Run, timeout: float) -> str | None:
    """Why a run is not a good run (killed, failed, left processes behind), or None."""
    if run.returncode is None:
        return (
            f"{head} did not finish within {timeout:g} s; it was killed with its whole process group.\n"
            f"It printed so far:\n{_indent(run.output)}"
        )
    if run.returncode != 0:
        return f"{head} exited with status {run.returncode}. It printed:\n{_indent(run.output)}"
    if run.leftovers:
        return (
            f"{head} exited but left processes running ({', '.join(run.leftovers)}); "
            f"join or wait for every process it starts"
        )
    return None


def check_block(block: Block, tmp_dir: Path, timeout: float = TIMEOUT_SECONDS) -> list[Run]:
    """Run a block in each of READER_MODES and raise SnippetError, naming page, line, file and mode,
    if it misbehaves or prints anything but the output shown for that mode.

    The twin block of the other language shows the same code, so it reuses the
    runs (the tests keep twins on one xdist worker) and only compares output.
    """
    if block.problem:
        raise SnippetError(block.problem)
    args, extra_path, shown_as = block_command(block, tmp_dir)
    todo = [mode for mode in READER_MODES if (run_key(block), mode) not in _runs]
    # The two runs at once: a snippet mostly waits (for its children, a queue, a timeout), so this
    # halves the wall time of the block's test without a second worker.
    with ThreadPoolExecutor(max_workers=len(READER_MODES)) as pool:
        started = {mode: pool.submit(run_python, args, timeout, extra_path, mode) for mode in todo}
    for mode, future in started.items():
        _runs[(run_key(block), mode)] = future.result()
    runs = []
    for mode in READER_MODES:
        key = (run_key(block), mode)
        head = f"{block.where}: {shown_as}"
        # The pipe, run first, is the run every platform has: its messages stay as short as before.
        if mode != PIPE:
            head += f", run {MODE_NAMES[mode]},"
        _check_output(shown_output(block, mode), _runs[key], head, shown_as, timeout)
        runs.append(_runs[key])
    return runs


def _check_output(block: Block, run: Run, head: str, shown_as: str, timeout: float) -> None:
    failure = run_failure(head, run, timeout)
    if failure:
        raise SnippetError(failure)
    refresh = refresh_command(block.page)
    if block.expected_output is None:
        if run.output:
            raise SnippetError(
                f"{head} printed output that the page does not show. Show it after the block: run `{refresh}` "
                f"(it adds the <!--pytest-codeblocks:expected-output--> marker and a ```text fence, in both "
                f"languages), or make the snippet print nothing. It printed:\n{_indent(run.output)}"
            )
    elif not run.output and block.expected_output:
        raise SnippetError(
            f"{head} printed nothing, but the page shows output at {block.page}:{block.output_line}. Delete that "
            f"output block (the <!--pytest-codeblocks:expected-output--> marker and its fence) in both languages, "
            f"or make the snippet print what the page shows"
        )
    elif run.output != block.expected_output:
        diff = difflib.unified_diff(
            block.expected_output.splitlines(keepends=True),
            run.output.splitlines(keepends=True),
            f"{block.page}:{block.output_line} (shown on the page)",
            f"{shown_as} (printed now)",
        )
        raise SnippetError(
            f"{head} printed something other than the output shown at {block.page}:{block.output_line}. "
            f"If the new output is right, run `{refresh}` to rewrite the shown output from a real run (both "
            f"languages), then review `git diff`; if it is wrong, fix the snippet. Output that differs between "
            f"a pipe and a terminal is most often a print that was never flushed (see docs/processes/fork.md, "
            f"#stdio-buffers); where a reader really sees two outputs, show the terminal's after "
            f"<!--expected-output-when: TERMINAL-->:\n" + "".join(diff)
        )


def _namespace(mode: str = PIPE) -> dict:
    """What a page's markers and output conditions may use: pytest, os, sys, START_METHOD,
    FREE_THREADED and TERMINAL (the block's output goes to a terminal, not a pipe)."""
    import multiprocessing
    import sysconfig

    import pytest

    return {
        "pytest": pytest,
        "os": os,
        "sys": sys,
        "START_METHOD": start_method() or multiprocessing.get_all_start_methods()[0],
        # A free-threaded build (python3.13t, python3.14t), whether or not its GIL was re-enabled.
        "FREE_THREADED": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
        "TERMINAL": mode == TERMINAL,
    }


def evaluate_mark(text: str, where: str):
    """A page's <!--pytest.mark.skipif(...)--> marker as a pytest MarkDecorator."""
    try:
        return eval(text, _namespace())
    except Exception as e:
        raise SnippetError(f"{where}: the marker <!--{text}--> does not evaluate: {e}") from e


def evaluate_condition(text: str, where: str, mode: str = PIPE) -> bool:
    """Whether an <!--expected-output-when: ...--> condition holds on the Python running the tests,
    for a block run this way (`mode`)."""
    try:
        return bool(eval(text, _namespace(mode)))
    except Exception as e:
        raise SnippetError(
            f"{where}: the condition of <!--expected-output-when: {text}--> does not evaluate: {e}"
        ) from e


def run_pytest_in(project: Path, *flags: str, snippet_timeout: float, timeout: float) -> str:
    """Run pytest, on one process, in a throwaway project (the harness's self-tests); its report."""
    env = dict(os.environ, SNIPPETS_TIMEOUT=str(snippet_timeout))
    env.pop("SNIPPETS_START_METHOD", None)
    env.pop("SNIPPETS_GROUPS_DIR", None)  # the project's own session checks its own snippets
    command = [sys.executable, "-m", "pytest", "-n", "0", "-p", "no:cacheprovider", *flags]
    return subprocess.run(
        command, cwd=project, env=env, capture_output=True, text=True, timeout=timeout
    ).stdout


def _indent(text: str) -> str:
    return "".join(f"    | {line}" for line in text.splitlines(keepends=True)) or "    (nothing)\n"
