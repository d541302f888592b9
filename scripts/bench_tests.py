"""How long the README's test command takes: `python scripts/dev.py test`, as a contributor runs it.

    python scripts/dev.py bench-tests            # 3 runs after one warm-up, median against the budget
    python scripts/dev.py bench-tests --runs 5
    python scripts/dev.py bench-tests --changed  # `test --changed` after a one-snippet edit

A benchmark, not a test: it prints each run's wall time (set-up included, which
after the first run is a check of milliseconds) and pytest's closing line, then
the median of the timed runs against the budget, and exits 1 when the median is
over it or a run failed. Run it on a quiet machine: every snippet starts real
processes, so other work on the two cores slows it down.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from cli import Parser, fail, runs

ROOT = Path(__file__).resolve().parents[1]
# On this 2-core machine (issue #18): the whole suite, and `--changed` after a one-snippet edit.
BUDGET_SECONDS = 25.0
CHANGED_BUDGET_SECONDS = 8.0
# The edit --changed is timed on: a comment added to a snippet that one page (two languages) shows.
EDITED_SNIPPET = ROOT / "snippets" / "processes" / "fork_basic.py"
# Set by some machines (this one exports both), not by a contributor's shell: timed without them.
# PYTHONDONTWRITEBYTECODE would make every pytest process compile the tests and the harness again.
NOT_A_CONTRIBUTORS = ("PYTHONDONTWRITEBYTECODE", "PYTHONUNBUFFERED")


def machine_seconds() -> float:
    """Seconds this machine takes for a fixed pure-Python loop (the best of 3), just before a run.

    On this shared 2-core virtual machine the same suite took 28 to 50 s from one hour to the
    next (2026-12-04), and this loop 0.055 to 0.113 s over thirteen runs of bench-tests: printed
    beside each run, it shows how fast the machine was at the time.
    """
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        sum(range(3_000_000))
        best = min(best, time.perf_counter() - started)
    return best


def cpu_seconds_of_children() -> float:
    """User and system CPU seconds of every finished child process and its waited-for descendants.

    The test command's processes all count: pytest reaps the orphans of snippets itself (it is a
    subreaper, tests/conftest.py), so their time reaches it, and through it this process. NaN on
    Windows, which has no getrusage().
    """
    if os.name != "posix":
        return float("nan")
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_run(*flags: str) -> tuple[float, float, str, int]:
    """One `dev.py test -q`: wall seconds, CPU seconds, pytest's closing line (and the tests that
    failed), exit status."""
    cpu_before = cpu_seconds_of_children()
    started = time.monotonic()
    run = subprocess.run(
        # -rfE: a failed run names its failures (reporting only; addopts' -rs would hide them).
        [sys.executable, str(ROOT / "scripts" / "dev.py"), "test", "-q", "-rfE", *flags],
        cwd=ROOT,
        env={k: v for k, v in os.environ.items() if k not in NOT_A_CONTRIBUTORS},
        capture_output=True,
        text=True,
    )
    seconds = time.monotonic() - started
    cpu = cpu_seconds_of_children() - cpu_before
    lines = [line for line in run.stdout.splitlines() if line.strip()]
    summary = lines[-1] if lines else run.stderr.strip()[-200:]
    failures = [line for line in lines if line.startswith(("FAILED ", "ERROR "))]
    return seconds, cpu, "\n    ".join([summary, *failures]), run.returncode


def main() -> None:
    parser = Parser(
        prog="python scripts/dev.py bench-tests",
        description="Time the whole test suite (median of several runs) against its budget.",
    )
    parser.add_argument(
        "--runs", type=runs, default=3, help="timed runs after a warm-up (default 3)"
    )
    parser.add_argument(
        "--changed",
        action="store_true",
        help=f"time `test --changed` after a one-line edit of {EDITED_SNIPPET.relative_to(ROOT)}",
    )
    args = parser.parse_args()
    flags, budget = (
        (["--changed"], CHANGED_BUDGET_SECONDS) if args.changed else ([], BUDGET_SECONDS)
    )
    if args.changed:
        dirty = subprocess.run(
            ["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True
        ).stdout
        if dirty.strip():
            fail(
                "--changed times a one-snippet edit: commit or stash your changes first (git status)"
            )
    original = EDITED_SNIPPET.read_bytes()
    try:
        if args.changed:
            EDITED_SNIPPET.write_bytes(original + b"# bench-tests: a one-line edit\n")
        unset = [name for name in NOT_A_CONTRIBUTORS if name in os.environ]
        if unset:
            print(f"Timed as a contributor runs it, without {' and '.join(unset)}", flush=True)
        print(f"Warm-up run (set-up, caches) on {os.cpu_count()} cores...", flush=True)
        seconds, cpu, summary, status = timed_run(*flags)
        print(f"  {seconds:.1f} s: {summary}", flush=True)
        times, cpus, loops, failed = [], [], [], status != 0
        for n in range(1, args.runs + 1):
            loops.append(machine_seconds())
            seconds, cpu, summary, status = timed_run(*flags)
            failed = failed or status != 0
            times.append(seconds)
            cpus.append(cpu)
            print(
                f"run {n}: {seconds:.1f} s, {cpu:.0f} CPU s on {os.cpu_count()} cores "
                f"(machine: loop {loops[-1]:.3f} s): {summary}",
                flush=True,
            )
    finally:
        EDITED_SNIPPET.write_bytes(original)
    median = statistics.median(times)
    over = median > budget
    print(
        f"`python scripts/dev.py test {' '.join(flags)}`: median {median:.1f} s of {args.runs} "
        f"(min {min(times):.1f}, max {max(times):.1f}); budget {budget:g} s: "
        + ("OVER" if over else "met")
    )
    print(
        f"CPU time (user and system, every process of the run): median {statistics.median(cpus):.0f} s"
    )
    print(
        f"The machine's speed meanwhile: the same loop took {min(loops):.3f} to {max(loops):.3f} s "
        "(a slower loop, a slower machine at that moment)"
    )
    if failed:
        print("A run failed: the figures are of a red suite.")
    sys.exit(1 if over or failed else 0)


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        sys.exit(130)
