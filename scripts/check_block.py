"""Check a page's block: run it each way a reader may (scripts/run_block.py) and compare the output the page shows.

Also what a page's markers mean: ``<!--pytest.mark.skipif(...)-->`` above a
block and ``<!--expected-output-when: ...-->`` above an output are Python
expressions, evaluated in one namespace (see namespace()).
"""

from __future__ import annotations

import difflib
import hashlib
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from pathlib import Path

import runs_on
from blocks import Block, Output, SnippetError
from run_block import (
    MODE_NAMES,
    PIPE,
    READER_MODES,
    RUN_FAILURES,
    TERMINAL,
    TIMEOUT_SECONDS,
    Run,
    block_command,
    quoted,
    run_failure,
    run_python,
    start_method,
)

# Each block's runs, by (run_key, mode, how many): its twin in the other language reuses them.
_runs: dict[tuple[str, str, int], list[Run]] = {}


def run_key(block: Block) -> str:
    """Blocks with the same key show the same code: the Chinese and English twins of a page."""
    return block.whole_file or hashlib.sha256(block.code.encode()).hexdigest()[:16]


def refresh_command(page: str) -> str:
    """The command that rewrites a page's shown output (both languages) from real runs."""
    return f"python scripts/dev.py refresh {page}"


def shown_output(block: Block, mode: str = PIPE) -> Output | None:
    """The output the block must print here, run this way (`mode`): one whose condition holds, or
    the usual one."""
    holding = [
        o
        for o in block.variants
        if evaluate_condition(o.condition, f"{block.page}:{o.line - 1}", mode)
    ]
    if len(holding) > 1:
        raise SnippetError(
            f"{block.where}: the conditions of several outputs hold here "
            f"({'; '.join(o.condition for o in holding)}); make them exclude each other"
        )
    return holding[0] if holding else block.output


def check_block(block: Block, tmp_dir: Path, timeout: float = TIMEOUT_SECONDS) -> list[Run]:
    """Run a block in each of READER_MODES and raise SnippetError, naming page, line, file and mode,
    if it misbehaves or prints anything but the output shown for that mode.

    The twin block of the other language shows the same code, so it reuses the
    runs (the tests keep twins on one xdist worker) and only compares output.
    """
    if block.problem:
        raise SnippetError(block.problem)
    if block.output_property is not None:
        _check_samples(block)
    args, extra_path, shown_as = block_command(block, tmp_dir)
    runs = reader_runs(block, args, extra_path, timeout)
    for mode in READER_MODES:
        head = run_head(block, shown_as, mode)
        failure = run_failure(head, runs[mode][0], timeout)
        if failure:
            raise failure
        if block.output_property is None:
            _check_output(block.page, shown_output(block, mode), runs[mode][0], head, shown_as)
        elif not evaluate_property(block, runs[mode][0].output):
            raise SnippetError(
                f"{head} printed output without the property the page declares "
                f"(<!--output-property: {block.output_property}-->). It printed:\n{quoted(runs[mode][0].output)}"
            )
    return [runs[mode][0] for mode in READER_MODES]


def _check_samples(block: Block) -> None:
    """Output that changes from run to run: the page shows two real runs that differ, and each has
    the declared property."""
    if block.outputs:
        raise SnippetError(
            f"{block.where}: a block with <!--output-property: ...--> shows sample runs "
            f"(<!--output-sample-->), not an expected output: remove the expected-output marker"
        )
    if len(block.samples) < 2 or len({s.text for s in block.samples}) < 2:
        raise SnippetError(
            f"{block.where}: its output changes from run to run, so the page shows two real runs "
            f"that differ, each after an <!--output-sample--> marker; it shows "
            f"{len({s.text for s in block.samples})} different run(s)"
        )
    for sample in block.samples:
        if not evaluate_property(block, sample.text):
            raise SnippetError(
                f"{block.page}:{sample.line}: this sample run does not have the property the page "
                f"declares (<!--output-property: {block.output_property}-->): paste a real run"
            )


# What an <!--output-property: ...--> expression may use, besides `lines` and `output`.
PROPERTY_BUILTINS = {
    f.__name__: f for f in (all, any, int, len, list, range, set, sorted, str, tuple, min, max, sum)
}


def evaluate_property(block: Block, output: str) -> bool:
    """Whether `output` has the property the block's <!--output-property: ...--> declares."""
    names = {"__builtins__": PROPERTY_BUILTINS, "lines": output.splitlines(), "output": output}
    try:
        return bool(eval(block.output_property, names))
    except Exception as e:
        raise SnippetError(
            f"{block.where}: <!--output-property: {block.output_property}--> does not evaluate "
            f"on the output {output!r}: {e!r}"
        ) from e


# Seconds per run of a starter, not a reader's 5: where-stuck's starter hangs (the hang is the
# mistake), and waiting longer for it proves nothing more. Any ✗ will do, so a slow starter
# (async-timeout's takes 1.4 s) stopped at the limit on a busy machine is still found wrong.
STARTER_TIMEOUT = "2"
_starter_runs: dict[
    tuple[str, str], Run
] = {}  # (exercise, file) -> the checker's run; twins share it


def check_starter(block: Block, exercise: str) -> None:
    """A starter, as the reader runs it through the exercise's checker, must be found wrong (status 1)."""
    path = block.whole_file
    command = [
        "snippets/exercises/check.py",
        exercise,
        str(path),
        "--lang",
        "en",
        "--timeout",
        STARTER_TIMEOUT,
    ]
    if (exercise, path) not in _starter_runs:
        _starter_runs[(exercise, path)] = run_python(command, timeout=60)
    run = _starter_runs[(exercise, path)]
    if run.returncode != 1 or run.leftovers or not run.output.startswith("✗ "):
        raise SnippetError(
            f"{block.where}: `python {' '.join(command)}` must find the starter wrong (exit status 1, "
            f"a line starting with ✗): a starter leaves something to fix. Status {run.returncode}, "
            f"processes left: {run.leftovers or 'none'}. It printed:\n{run.output}"
        )


def reader_runs(
    block: Block,
    args: list[str],
    extra_path: str | None,
    timeout: float = TIMEOUT_SECONDS,
    times: int = 1,
) -> dict[str, list[Run]]:
    """The block's runs (block_command's `args` and `extra_path`) in each of READER_MODES: `times`
    runs one after another, or fewer if one fails; its twin reuses them."""

    def run_mode(mode: str) -> list[Run]:
        done = [run_python(args, timeout, extra_path, mode)]
        # After a failed run (killed at the timeout, say) another would only take the time again.
        while len(done) < times and not run_failure("", done[-1], timeout):
            done.append(run_python(args, timeout, extra_path, mode))
        return done

    todo = [mode for mode in READER_MODES if (run_key(block), mode, times) not in _runs]
    # The modes at once: a snippet mostly waits (for its children, a queue, a timeout), so this
    # halves the wall time of the block's test without a second worker.
    with ThreadPoolExecutor(max_workers=len(READER_MODES)) as pool:
        started = {mode: pool.submit(run_mode, mode) for mode in todo}
    for mode, future in started.items():
        _runs[(run_key(block), mode, times)] = future.result()
    return {mode: _runs[(run_key(block), mode, times)] for mode in READER_MODES}


def run_head(block: Block, shown_as: str, mode: str) -> str:
    """How a message names a run of the block: page, line, what ran and (unless a pipe) how."""
    head = f"{block.where}: {shown_as}"
    # The pipe, run first, is the run every platform has: its messages need not say how it ran.
    if mode != PIPE:
        head += f", run {MODE_NAMES[mode]},"
    return head


def _check_output(page: str, shown: Output | None, run: Run, head: str, shown_as: str) -> None:
    """A good run's output against the output the page shows (None: the page shows none)."""
    refresh = refresh_command(page)
    if shown is None:
        if run.output:
            raise SnippetError(
                f"{head} printed output that the page does not show. Show it after the block: run `{refresh}` "
                f"(it adds the <!--pytest-codeblocks:expected-output--> marker and a ```text fence, in both "
                f"languages), or make the snippet print nothing. It printed:\n{quoted(run.output)}"
            )
    elif not run.output and shown.text:
        raise SnippetError(
            f"{head} printed nothing, but the page shows output at {page}:{shown.line}. Delete that "
            f"output block (the <!--pytest-codeblocks:expected-output--> marker and its fence) in both languages, "
            f"or make the snippet print what the page shows"
        )
    elif run.output != shown.text:
        diff = difflib.unified_diff(
            shown.text.splitlines(keepends=True),
            run.output.splitlines(keepends=True),
            f"{page}:{shown.line} (shown on the page)",
            f"{shown_as} (printed now)",
        )
        raise SnippetError(
            f"{head} printed something other than the output shown at {page}:{shown.line}. "
            f"If the new output is right, run `{refresh}` to rewrite the shown output from a real run (both "
            f"languages), then review `git diff`; if it is wrong, fix the snippet. Output that differs between "
            f"a pipe and a terminal is most often a print that was never flushed (see docs/processes/fork.md, "
            f"#stdio-buffers); where a reader really sees two outputs, show the terminal's after "
            f"<!--expected-output-when: TERMINAL-->:\n" + "".join(diff)
        )


def namespace(mode: str = PIPE) -> dict:
    """What a page's markers and output conditions may use: pytest, os, sys, the kinds of failed
    run (Hung, AssertionFailed, ExitedWithError, LeftProcessesRunning), START_METHOD,
    FREE_THREADED, TERMINAL (the block's output goes to a terminal, not a pipe) and
    PTRACE_BLOCKED (this machine lets no ordinary process read another's memory)."""
    import multiprocessing
    import sysconfig

    import pytest

    return {
        "pytest": pytest,
        "os": os,
        "sys": sys,
        # For an xfail marker's raises=: how a broken example is shown to fail.
        **{kind.__name__: kind for kind in RUN_FAILURES},
        "START_METHOD": start_method() or multiprocessing.get_all_start_methods()[0],
        # A free-threaded build (python3.13t, python3.14t), whether or not its GIL was re-enabled.
        "FREE_THREADED": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
        "TERMINAL": mode == TERMINAL,
        "PTRACE_BLOCKED": ptrace_blocked(),
    }


@cache  # namespace() asks for every marker and output condition; the setting does not change
def ptrace_blocked(scope_file: Path = Path("/proc/sys/kernel/yama/ptrace_scope")) -> bool:
    """Whether Linux's Yama module forbids this user to read a process it did not start: ptrace_scope
    3 forbids everyone, 2 everyone without CAP_SYS_PTRACE (taken here as: not root). Scope 1, the
    default of Ubuntu and others, still lets a process opt in with prctl(PR_SET_PTRACER)."""
    try:
        scope = int(scope_file.read_text())
    except (OSError, ValueError):
        return False  # no Yama: only the usual same-user rule applies
    return scope >= 3 or (scope == 2 and os.geteuid() != 0)


def marks_here(block: Block) -> list[str]:
    """The block's markers, less each skipif whose condition, word for word, also heads an output of
    the block (<!--expected-output-when: CONDITION-->). Where that condition holds, the block runs and
    must print that output: what the example prints where it cannot teach its lesson, such as "needs
    Python 3.14". The skipif still says where the lesson runs: the "Runs on" labels read it."""
    shown_instead = {o.condition.strip() for o in block.variants}
    return [
        mark
        for mark in block.marks
        if not {c.strip() for c in runs_on.skip_conditions([f"<!--{mark}-->"])} & shown_instead
    ]


def evaluate_mark(text: str, where: str):
    """A page's <!--pytest.mark.skipif(...)--> marker as a pytest MarkDecorator."""
    try:
        return eval(text, namespace())
    except Exception as e:
        raise SnippetError(f"{where}: the marker <!--{text}--> does not evaluate: {e}") from e


def evaluate_condition(text: str, where: str, mode: str = PIPE) -> bool:
    """Whether an <!--expected-output-when: ...--> condition holds on the Python running the tests,
    for a block run this way (`mode`)."""
    try:
        return bool(eval(text, namespace(mode)))
    except Exception as e:
        raise SnippetError(
            f"{where}: the condition of <!--expected-output-when: {text}--> does not evaluate: {e}"
        ) from e
