"""The exercises' checker (snippets/exercises/check.py) passes every reference solution and fails
every wrong answer in tests/exercises/, each with the message that tells the reader what is wrong.

It runs as a reader runs it: `python snippets/exercises/check.py <exercise> <file>`, with the
environment a reader has (run_block.snippet_env). The wrong answers are here, not in snippets/:
they are not shown on a page.
"""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

from run_block import run_python
from site_files import ROOT, SNIPPETS, rel

sys.path.insert(0, str(SNIPPETS / "exercises"))
import check  # noqa: E402 - the checker itself, for its table of exercises

WRONG = ROOT / "tests" / "exercises"
# A wrong answer that hangs is stopped after this many seconds, not a reader's 5; the others get
# the reader's limit, so that a busy machine does not turn a slow start into a hang.
HANG_TIMEOUT = "1"

# Each wrong answer, and what the checker must say about it (in English; --lang en).
WRONG_ANSWERS = {
    "race_deposit_lock_only_the_write.py": ("race-deposit", "printed the wrong output"),
    "race_deposit_lock_per_thread.py": ("race-deposit", "printed the wrong output"),
    "race_deposit_lock_taken_twice.py": ("race-deposit", "did not finish within 1 s"),
    # 3.10-3.13 end with the exception's line, 3.14 adds notes after it: either way it is shown.
    "pool_squares_lambda.py": (
        "pool-squares",
        "\n  _pickle.PicklingError: Can't pickle <function <lambda>",
    ),
    "pool_squares_thread_pool.py": ("pool-squares", "all computed in other processes: False"),
    "fork_wait_no_wait.py": ("fork-wait", "a process it started was still running"),
    "fork_wait_no_flush.py": ("fork-wait", "Got:\nparent: child exited with 3\n"),
    "lock_order_no_timeout.py": ("lock-order", "did not finish within 1 s"),
    "lock_order_target_first.py": ("lock-order", "deadlock avoided? False"),
    "queue_sentinel_object.py": ("queue-sentinel", "did not finish within 1 s"),
    "queue_sentinel_used_as_data.py": ("queue-sentinel", "exit codes: 0 1\n"),
    "exit_codes_run.py": ("exit-codes", "exited with status 3."),
    "exit_codes_args_no_comma.py": (
        "exit-codes",
        "exited with status 1. Its last line:\n  TypeError: 'int' object is not iterable",
    ),
    "stop_worker_daemon.py": ("stop-worker", "Got:\nworker: started\nexit code: None\n"),
    "spawn_safe_global_queue.py": ("spawn-safe", "did not finish within 1 s"),
    "spawn_safe_no_guard.py": ("spawn-safe", "did not finish within 1 s"),
    "async_callback_no_error_callback.py": (
        "async-callback",
        "Got:\nresults: [9, 16, 49]\nerrors: []\n",
    ),
    "async_callback_join_without_close.py": (
        "async-callback",
        "Its last line:\n  ValueError: Pool is still running",
    ),
    "child_result_list_argument.py": ("child-result", "Got:\ntotal: 0\n"),
    "child_result_list_in_manager_dict.py": ("child-result", "Got:\ntotal: 0\n"),
    "parent_pid_asked_in_parent.py": (
        "parent-pid",
        "Its last line:\n  AttributeError: 'NoneType' object has no attribute 'pid'",
    ),
    "parent_pid_current_process.py": (
        "parent-pid",
        "Got:\nthe child's OS parent is me:     False\nthe child was started by me:     False\n",
    ),
    "reap_all_raw_status.py": ("reap-all", "b: exited with 512\nc: exited with 9\n"),
    "reap_all_shift_only.py": ("reap-all", "b: exited with 2\nc: exited with 0\n"),
    "futures_errors_map.py": (
        "futures-errors",
        "exited with status 1. Its last line:\n  StopIteration",
    ),
    "futures_errors_no_try.py": (
        "futures-errors",
        "Its last line:\n  ValueError: invalid literal for int()",
    ),
    "thread_results_no_join.py": ("thread-results", "Got:\nresults: [None, None, None]\n"),
    "thread_results_run_not_start.py": (
        "thread-results",
        "Its last line:\n  RuntimeError: cannot join thread before it is started",
    ),
    "queue_workers_one_sentinel.py": ("queue-workers", "did not finish within 1 s"),
    "queue_workers_join_only.py": (
        "queue-workers",
        "Got:\nhandled 12 numbers, sum of squares 650\nworkers still running: 3\n",
    ),
    "take_turns_no_notify.py": ("take-turns", "did not finish within 1 s"),
    "take_turns_event_not_cleared.py": ("take-turns", "printed the wrong output"),
    "lock_pair_plain_lock.py": ("lock-pair", "did not finish within 1 s"),
    "lock_pair_second_lock.py": ("lock-pair", "printed the wrong output"),
    "daemon_writer_not_daemon.py": ("daemon-writer", "did not finish within 1 s"),
    "daemon_writer_queue_join.py": (
        "daemon-writer",
        "Got:\nwriter: saved a\nwriter: saved b\nwriter: saved c\nmain: done\n",
    ),
    "async_timeout_one_by_one.py": (
        "async-timeout",
        "Got:\nhome: home.html\nnews: news.html\nvideo: timed out\nabout: about.html\nall done in under 0.4 s: False\n",
    ),
    "async_timeout_one_for_all.py": ("async-timeout", "Got:\nhome: timed out\nnews: timed out\n"),
    "log_queue_append.py": (
        "log-queue",
        "  'w3: step 2'\nall written by the main process: False\n",
    ),
    "signal_stop_blocked_in_get.py": ("signal-stop", "did not finish within 1 s"),
    "signal_stop_interrupt_in_worker.py": ("signal-stop", "Its last line:\n  KeyboardInterrupt"),
    "where_stuck_no_exit.py": ("where-stuck", "did not finish within 1 s"),
    "where_stuck_innermost_frame.py": ("where-stuck", "printed the wrong output"),
    "where_stuck_outermost_frame.py": (
        "where-stuck",
        "Got:\nworker-1: stuck in worker\nworker-2: stuck in worker\n",
    ),
    "to_thread_called_first.py": (
        "to-thread",
        "Its last line:\n  TypeError: 'str' object is not callable",
    ),
    "to_thread_await_first.py": (
        "to-thread",
        "Got:\nresults: ['A', 'B', 'C']\nran in the event loop's thread: True\n",
    ),
    "broken_pool_try_around_the_loop.py": (
        "broken-pool",
        "Got:\ntask 0: 0\ntask 1: 1\ntask 2: 4\ntask 3: lost (BrokenProcessPool)\n",
    ),
    "broken_pool_only_the_crash.py": (
        "broken-pool",
        "Its last line:\n  concurrent.futures.process.BrokenProcessPool: A child process terminated",
    ),
    "interp_results_prepare_list.py": (
        "interp-results",
        "notes after it:\n  concurrent.interpreters.NotShareableError: [] does not support",
    ),
    "interp_results_queue_closed_first.py": (
        "interp-results",
        "Its last line:\n  TypeError: '<' not supported between instances of 'UnboundQueueItem'",
    ),
}
# One xdist worker for the module, so that the checker runs (the fixture `checked`) happen once.
pytestmark = pytest.mark.xdist_group("exercises")
NEEDS_FORK = pytest.mark.skipif(not hasattr(os, "fork"), reason="os.fork() exists only on Unix")


def _marks(exercise: str) -> list:
    since = check.EXERCISES[exercise].since
    too_old = pytest.mark.skipif(
        sys.version_info < since, reason=f"exercise {exercise} needs Python {since[0]}.{since[1]}+"
    )
    return [NEEDS_FORK, too_old] if _needs_fork(exercise) else [too_old]


def _runs_here(exercise: str) -> bool:
    # Each of _marks() is a skipif; its first argument is whether it skips here.
    return not any(mark.args[0] for mark in _marks(exercise))


def _solution(exercise: str) -> str:
    return rel(SNIPPETS / "exercises" / f"{exercise.replace('-', '_')}_solution.py")


def _command(exercise: str, answer: str, limit: str | None = None) -> tuple[str, ...]:
    checker = rel(SNIPPETS / "exercises" / "check.py")
    return (checker, exercise, answer, "--lang", "en", *(["--timeout", limit] if limit else []))


def _commands() -> list[tuple[str, ...]]:
    solutions = [_command(exercise, _solution(exercise)) for exercise in check.EXERCISES]
    wrong = [
        _command(exercise, rel(WRONG / answer), HANG_TIMEOUT if "did not finish" in said else None)
        for answer, (exercise, said) in WRONG_ANSWERS.items()
    ]
    return [c for c in solutions + wrong if _runs_here(c[1])]


def _needs_fork(exercise: str) -> bool:
    return check.EXERCISES[exercise].needs_fork


@pytest.fixture(scope="module")
def checked():
    """Every checker run of this module, started a few at a time: most of a run is waiting (on a
    hang's time limit, on a child process), and the waits overlap instead of adding up."""
    commands = _commands()
    with ThreadPoolExecutor(max_workers=2 * (os.cpu_count() or 1)) as pool:
        runs = pool.map(lambda command: run_python(list(command), timeout=30), commands)
        return dict(zip(commands, runs))


@pytest.mark.parametrize(
    "exercise",
    [pytest.param(name, marks=_marks(name)) for name in check.EXERCISES],
)
def test_the_reference_solution_passes(exercise, checked):
    solution = _solution(exercise)
    run = checked[_command(exercise, solution)]
    assert run.returncode == 0, run.output
    assert run.output.startswith(f"✓ {solution}: passed."), run.output


@pytest.mark.parametrize(
    ("answer", "exercise", "said"),
    [
        pytest.param(answer, exercise, said, marks=_marks(exercise), id=answer)
        for answer, (exercise, said) in WRONG_ANSWERS.items()
    ],
)
def test_a_wrong_answer_fails_and_says_why(answer, exercise, said, checked):
    limit = HANG_TIMEOUT if "did not finish" in said else None
    run = checked[_command(exercise, rel(WRONG / answer), limit)]
    assert run.returncode == 1, run.output
    assert run.output.startswith("✗ "), run.output
    assert said in run.output, run.output
    assert not run.leftovers, run.leftovers


TRACEBACK = 'Traceback (most recent call last):\n  File "x.py", line 1, in <module>\n    f()\n'
# A failed run's output, and the lines the checker shows from its end.
ERROR_ENDINGS = [
    ("plain", "a\nexit code 3\n", ["exit code 3"]),
    ("exception", TRACEBACK + "ValueError: bad\n", ["ValueError: bad"]),
    (
        "notes (3.14)",
        TRACEBACK + "PicklingError: no\nwhen serializing tuple item 0\n",
        ["PicklingError: no", "when serializing tuple item 0"],
    ),
    ("a child's, then the parent's lines", TRACEBACK + "OSError: x\n1\n2\n3\n4\n", ["4"]),
    ("no exception line", TRACEBACK, ["    f()"]),
]


@pytest.mark.parametrize(
    ("out", "shown"), [c[1:] for c in ERROR_ENDINGS], ids=[c[0] for c in ERROR_ENDINGS]
)
def test_a_failed_run_shows_the_exception_and_its_notes(out, shown):
    assert check.error_lines(out) == shown


def test_every_exercise_has_a_wrong_answer():
    tried = {exercise for exercise, _ in WRONG_ANSWERS.values()}
    assert tried == set(check.EXERCISES), f"add a wrong answer for: {set(check.EXERCISES) - tried}"
    on_disk = {p.name for p in WRONG.glob("*.py")}
    assert on_disk == set(WRONG_ANSWERS), (
        f"tests/exercises/ and WRONG_ANSWERS differ: {on_disk ^ set(WRONG_ANSWERS)}"
    )


def test_the_reader_s_language_comes_from_lang():
    command = [sys.executable, str(SNIPPETS / "exercises" / "check.py"), "no-such-exercise", "x.py"]
    reader = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    for lang, said in (
        ("zh_CN.UTF-8", "没有名为 no-such-exercise 的练习"),
        ("en_US.UTF-8", "no exercise named"),
    ):
        run = subprocess.run(
            command,
            cwd=ROOT,
            env=reader | {"LANG": lang},
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert run.stdout.startswith(said), run.stdout + run.stderr


def test_both_languages_have_every_message():
    assert check.MESSAGES["zh"].keys() == check.MESSAGES["en"].keys()


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["no-such-exercise", "x.py"], "no exercise named no-such-exercise. The exercises: "),
        (["race-deposit", "no_such_file.py"], "no such file: no_such_file.py"),
    ],
    ids=["unknown exercise", "missing file"],
)
def test_a_wrong_command_says_what_is_wrong(args, said):
    run = run_python([rel(SNIPPETS / "exercises" / "check.py"), *args, "--lang", "en"])
    assert run.returncode == 2 and said in run.output, run.output


@pytest.mark.skipif(
    sys.version_info >= (3, 14), reason="on 3.14 and newer every exercise can be done"
)
def test_an_exercise_for_a_newer_python_says_so():
    solution = _solution("interp-results")
    command = [sys.executable, "snippets/exercises/check.py", "interp-results", solution]
    for lang, said in (
        ("en", "exercise interp-results needs Python 3.14 or newer; this Python is 3."),
        ("zh", "练习 interp-results 要用 Python 3.14 或更新的版本，这个 Python 是 3."),
    ):
        run = subprocess.run(
            [*command, "--lang", lang], cwd=ROOT, capture_output=True, text=True, timeout=30
        )
        assert run.returncode == 2 and run.stdout.startswith(said), run.stdout + run.stderr
