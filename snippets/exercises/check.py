"""Checks an answer to one of the site's exercises.

    python snippets/exercises/check.py                     # lists them
    python snippets/exercises/check.py race-deposit my.py  # checks my.py
    python snippets/exercises/check.py race-deposit my.py --lang en

Runs your file as you would (a fresh interpreter, as __main__, its output
into a pipe), with a time limit, and several times where a race condition
could hide. Then it says what is right and what is wrong, in Chinese or
English (--lang, or else your locale: LC_ALL, LC_MESSAGES, LANG).
Standard library only.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Exercise:
    page: str  # the page that sets it
    expected: str  # what a right answer prints, exactly
    runs: int = 1  # more where a race condition shows only now and then
    needs_fork: bool = False
    since: tuple[int, int] = (3, 10)  # the oldest Python it can be done on


EXERCISES = {
    "race-deposit": Exercise("threads/race", "balance: 1000\n", runs=5),
    "pool-squares": Exercise(
        "processes/pool",
        "squares: [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]\n"
        "all computed in other processes: True\n",
    ),
    "fork-wait": Exercise(
        "processes/fork",
        "child: hello\nparent: child exited with 3\n",
        needs_fork=True,
    ),
    "lock-order": Exercise(
        "threads/deadlock",
        "alice -> moved 10 to bob\n"
        "bob   -> moved 20 to alice\n"
        "deadlock avoided? True\n"
        "balances: alice 110, bob 90\n",
        runs=5,
    ),
    "queue-sentinel": Exercise(
        "processes/queue",
        "consumer got: a sentinel marks the end\nexit codes: 0 0\n",
        runs=5,
    ),
    "exit-codes": Exercise(
        "processes/process-class",
        "validate(42): exit code 0\n"
        "validate(-5): exit code 3\n"
        "validate('forty'): exit code 2\n",
    ),
    "stop-worker": Exercise(
        "processes/process-class",
        "worker: started\nworker: cleaned up\nexit code: 0\n",
    ),
    "spawn-safe": Exercise(
        "processes/start-methods",
        "child sent: HELLO! (from __mp_main__)\nexit code: 0\n",
    ),
    "async-callback": Exercise(
        "processes/sync-async",
        "results: [9, 16, 49]\n"
        'errors: ["ValueError: invalid literal for int() with base 10: '
        "'x'\"]\n",
    ),
    "child-result": Exercise("processes/memory", "total: 5050\n"),
    "parent-pid": Exercise(
        "processes/pids",
        "the child's OS parent is me:     False\n"
        "the child was started by me:     True\n",
        needs_fork=True,  # forkserver: POSIX only
    ),
    "reap-all": Exercise(
        "processes/reaping",
        "a: exited with 0\nb: exited with 2\nc: killed by SIGKILL\n",
        needs_fork=True,
    ),
    "futures-errors": Exercise(
        "beyond/futures",
        "numbers: [5, 7, 12, 30]\nnot numbers: ['4.5', 'x']\n",
        runs=5,
    ),
    "thread-results": Exercise(
        "threads/thread-class",
        "results: [('squares-1', 14), ('squares-2', 77), ('squares-3', 194)]\n",
        runs=5,
    ),
    "queue-workers": Exercise(
        "threads/producer-consumer",
        "handled 12 numbers, sum of squares 650\nworkers still running: 0\n",
        runs=5,
    ),
    "take-turns": Exercise(
        "threads/ordering",
        "odd: 1\neven: 2\nodd: 3\neven: 4\nodd: 5\neven: 6\n",
        runs=5,
    ),
    "lock-pair": Exercise(
        "threads/lock",
        "value: 600\nodd values read: 0\n",
        runs=5,
    ),
    "daemon-writer": Exercise(
        "threads/exit",
        "writer: saved a\nwriter: saved b\nwriter: saved c\n"
        "writer: file closed\nmain: done\n",
        runs=5,
    ),
    "async-timeout": Exercise(
        "beyond/asyncio",
        "home: home.html\nnews: news.html\nvideo: timed out\n"
        "about: about.html\nall done in under 0.4 s: True\n",
    ),
    "log-queue": Exercise(
        "beyond/logging",
        "6 lines, sorted:\n"
        "  'w1: step 1'\n  'w1: step 2'\n  'w2: step 1'\n"
        "  'w2: step 2'\n  'w3: step 1'\n  'w3: step 2'\n"
        "all written by the main process: True\n",
        runs=3,
    ),
    "signal-stop": Exercise(
        "beyond/signals",
        "main thread: KeyboardInterrupt; setting stop\n"
        "handled: [0, 1, 4, 9]\n"
        "cleaned up: ['worker-0', 'worker-1']\n"
        "threads alive: [False, False]\n",
        runs=3,
    ),
    "where-stuck": Exercise(
        "beyond/debugging",
        "worker-1: stuck in handshake\nworker-2: stuck in handshake\n",
        runs=3,
    ),
    "to-thread": Exercise(
        "beyond/asyncio-blocking",
        "results: ['A', 'B', 'C']\nran in the event loop's thread: False\n",
    ),
    "broken-pool": Exercise(
        "beyond/process-pool",
        "task 0: 0\ntask 1: 1\ntask 2: 4\n"
        "task 3: lost (BrokenProcessPool)\ntask 4: lost (BrokenProcessPool)\n",
    ),
    "interp-results": Exercise(
        "beyond/interpreters",
        "squares: [1, 4, 9]\ninterpreters left: 1\n",
        since=(3, 14),  # concurrent.interpreters
    ),
}

MESSAGES = {
    "zh": {
        "passed": "✓ {file}：通过。运行 {runs} 次，每次的输出都正确。",
        "hang": (
            "✗ 第 {run} 次运行在 {timeout:g} 秒内没有结束：程序卡住了。"
            "是死锁，还是在等一个永远不会来的数据？"
        ),
        "status": (
            "✗ 第 {run} 次运行以状态 {status} 退出。最后一行输出：\n  {last}"
        ),
        "status-notes": (
            "✗ 第 {run} 次运行以状态 {status} 退出。"
            "异常和其后的注释：\n  {last}"
        ),
        "leftover": (
            "✗ 第 {run} 次运行结束时，它启动的进程还在运行。"
            "结束之前，等待（join 或 wait）你启动的每一个进程。"
        ),
        "wrong": (
            "✗ 第 {run} 次运行的输出不对。\n"
            "应当是：\n{expected}实际是：\n{actual}"
        ),
        "race": "前 {right} 次运行的输出是对的：结果时对时错，这是竞争条件。",
        "no-file": "找不到文件 {file}",
        "no-fork": (
            "练习 {name} 要用 os.fork()，它只在 Unix（Linux、macOS）上存在。"
        ),
        "unknown": "没有名为 {name} 的练习。练习有：{names}",
        "too-old": (
            "练习 {name} 要用 Python {since} 或更新的版本，"
            "这个 Python 是 {version}。"
        ),
    },
    "en": {
        "passed": (
            "✓ {file}: passed. {runs} run(s), each printed the right output."
        ),
        "hang": (
            "✗ run {run} did not finish within {timeout:g} s: the program "
            "hangs. A deadlock, or waiting for data that never comes?"
        ),
        "status": (
            "✗ run {run} exited with status {status}. Its last line:\n  {last}"
        ),
        "status-notes": (
            "✗ run {run} exited with status {status}. The exception, and the "
            "notes after it:\n  {last}"
        ),
        "leftover": (
            "✗ when run {run} ended, a process it started was still running. "
            "Wait for (join or wait) every process you start before the end."
        ),
        "wrong": (
            "✗ run {run} printed the wrong output.\n"
            "Expected:\n{expected}Got:\n{actual}"
        ),
        "race": (
            "The first {right} run(s) were right: a result that is right "
            "only sometimes is a race condition."
        ),
        "no-file": "no such file: {file}",
        "no-fork": (
            "exercise {name} uses os.fork(), which exists only on Unix "
            "(Linux, macOS)."
        ),
        "unknown": "no exercise named {name}. The exercises: {names}",
        "too-old": (
            "exercise {name} needs Python {since} or newer; this Python is "
            "{version}."
        ),
    },
}


def reader_language() -> str:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        if os.environ.get(name):
            return "zh" if os.environ[name].lower().startswith("zh") else "en"
    return "en"


def run_once(path: str, timeout: float) -> tuple[str, int | None, bool]:
    """Its output, its exit status (None: killed at the time limit), and
    whether a process it started outlived it."""
    posix = os.name == "posix"
    # As `python your_file.py` runs from a plain shell, whatever this one sets.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    proc = subprocess.Popen(
        [sys.executable, path],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        env=env,
        # Its own process group: what it starts can be found, and stopped.
        start_new_session=posix,
    )
    # Read in a thread: a process it left running keeps the pipe open after
    # it has exited.
    output: list[bytes] = []
    reader = threading.Thread(target=lambda: output.append(proc.stdout.read()))
    reader.start()
    try:
        status = proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        status = None
    left = posix and status is not None and group_alive(proc.pid)
    if status is None or left:
        try:
            os.killpg(proc.pid, signal.SIGKILL) if posix else proc.kill()
        except ProcessLookupError:
            pass
        proc.wait()
    reader.join(timeout=5)
    out = output[0] if output else b""
    return (
        out.decode("utf-8", errors="replace").replace("\r\n", "\n"),
        status,
        left,
    )


def group_alive(group: int) -> bool:
    # Half a second for processes that are already on their way out.
    deadline = time.monotonic() + 0.5
    while group_members(group):
        if time.monotonic() > deadline:
            return True
        time.sleep(0.02)
    return False


def group_members(group: int) -> list[str]:
    """Processes of the group that still run (a zombie has ended: only its
    exit status is left)."""
    if not os.path.isdir("/proc"):
        # macOS: ask whether the group has any process at all.
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return []
        return [f"group {group}"]
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(
                f"/proc/{pid}/stat", encoding="utf-8", errors="replace"
            ) as f:
                stat = f.read()
        except OSError:
            continue
        # pid (name) state ppid pgrp ...: the name may hold spaces and ( )
        state, _, pgrp = stat[stat.rindex(")") + 2 :].split()[:3]
        if int(pgrp) == group and state != "Z":
            found.append(pid)
    return found


# A traceback's end: the exception's line and its notes (Python 3.14's
# pickling errors add one note per level, three for a Pool's task). More lines
# than this after it were printed later, by another process for example.
TRACEBACK_END_LINES = 4


def error_lines(out: str) -> list[str]:
    """The end of a failed run's output: its last line or, when a traceback
    ends there, the exception's line and the notes after it (from Python
    3.14, a pickling error ends with notes: "when serializing tuple item 0")."""
    lines = out.strip().splitlines() or [""]
    starts = [
        i
        for i, line in enumerate(lines)
        if line.startswith("Traceback (most recent call last):")
    ]
    if starts:
        # The exception's line is the first one after the frames that is not
        # indented.
        after = range(starts[-1] + 1, len(lines))
        first = next((i for i in after if lines[i][:1].strip()), None)
        if first is not None and len(lines) - first <= TRACEBACK_END_LINES:
            return lines[first:]
    return lines[-1:]


def check(
    name: str, path: str, language: str, timeout: float
) -> tuple[bool, str]:
    """Whether the answer passes, and what to tell the reader."""
    words = MESSAGES[language]
    exercise = EXERCISES[name]
    for run in range(1, exercise.runs + 1):
        out, status, left = run_once(path, timeout)
        if status is None:
            return False, words["hang"].format(run=run, timeout=timeout)
        if status != 0:
            ending = error_lines(out)
            message = words["status" if len(ending) == 1 else "status-notes"]
            return False, message.format(
                run=run, status=status, last="\n  ".join(ending)
            )
        if left:
            return False, words["leftover"].format(run=run)
        if out != exercise.expected:
            report = words["wrong"].format(
                run=run, expected=exercise.expected, actual=out
            )
            if run > 1:
                report += "\n" + words["race"].format(right=run - 1)
            return False, report
    return True, words["passed"].format(file=path, runs=exercise.runs)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python snippets/exercises/check.py")
    parser.add_argument("exercise", nargs="?")
    parser.add_argument("file", nargs="?")
    parser.add_argument(
        "--lang", choices=sorted(MESSAGES), default=reader_language()
    )
    parser.add_argument(
        "--timeout", type=float, default=5.0, help="seconds per run"
    )
    args = parser.parse_args()
    words = MESSAGES[args.lang]
    if args.exercise is None or args.file is None:
        print(
            "usage: python snippets/exercises/check.py"
            " <exercise> <your_file.py> [--lang zh|en]"
        )
        for name, exercise in EXERCISES.items():
            print(f"  {name:14} docs/{exercise.page}.md")
        return 0
    if args.exercise not in EXERCISES:
        print(
            words["unknown"].format(
                name=args.exercise, names=", ".join(EXERCISES)
            )
        )
        return 2
    if not os.path.isfile(args.file):
        print(words["no-file"].format(file=args.file))
        return 2
    if EXERCISES[args.exercise].needs_fork and not hasattr(os, "fork"):
        print(words["no-fork"].format(name=args.exercise))
        return 2
    since = EXERCISES[args.exercise].since
    if sys.version_info < since:
        version = "{}.{}".format(*sys.version_info[:2])
        print(
            words["too-old"].format(
                name=args.exercise,
                since="{}.{}".format(*since),
                version=version,
            )
        )
        return 2
    # Without job control (a script, sh -c, CI) a shell starts `... &` with
    # Ctrl-C ignored, and your file would inherit that; run it as in the
    # foreground, where Ctrl-C works.
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    passed, report = check(args.exercise, args.file, args.lang, args.timeout)
    print(report)
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
