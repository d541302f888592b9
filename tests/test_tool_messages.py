"""A command given a wrong argument, or missing something it needs, says so in one line.

Each case runs the command as a contributor would and checks that it stops
(non-zero status) with a single line on stderr that starts with the script's
name, and no traceback. Only cases that stop before any real work are here, so
the module takes a few seconds: dev.py's are all refused before it syncs .venv,
so it never touches the environment these tests run in. The wrong arguments of
scripts/bench_concurrency.py are in tests/test_bench_concurrency.py.

test_old_python needs a Python 3.6 to 3.9 and is skipped, with that reason
shown, where there is none. Set REQUIRE_OLD_PYTHON=1 to make a missing one a
failure (one CI job installs Python 3.9 and does).
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import socket
import subprocess
import sys

import pytest

import dev
from machine_tools import skip_unless_required
from site_files import ROOT

TIMEOUT = 60  # seconds; each case takes well under one


def run(*args: str, **env: str) -> subprocess.CompletedProcess:
    # SNIPPETS_*: refresh.py must read the real environment, not the one this session set up.
    base = {k: v for k, v in os.environ.items() if not k.startswith("SNIPPETS_")}
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )


def assert_one_line(result: subprocess.CompletedProcess, script: str) -> str:
    everything = result.stdout + result.stderr
    assert result.returncode != 0, everything
    assert "Traceback" not in everything, everything
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, f"expected one line on stderr, got:\n{result.stderr}"
    assert lines[0].startswith(f"{script}: "), lines[0]
    return lines[0]


WRONG_ARGUMENTS = {
    "dev.py without a command": ["scripts/dev.py"],
    "dev.py unknown command": ["scripts/dev.py", "bogus"],
    "dev.py unknown option": ["scripts/dev.py", "--bogus", "build"],
    "serve --port abc": ["scripts/dev.py", "serve", "--port", "abc"],
    "serve --port 70000": ["scripts/dev.py", "serve", "--port", "70000"],
    "serve extra": ["scripts/dev.py", "serve", "extra"],
    "build extra": ["scripts/dev.py", "build", "extra"],
    "bench_site unknown option": ["scripts/bench_site.py", "--bogus"],
    "bench_site no runs": ["scripts/bench_site.py", "--runs", "0"],
    "diagrams extra": ["scripts/dev.py", "diagrams", "extra"],
    "format nonexistent path": ["scripts/dev.py", "format", "no/such/file.py"],
    "format option": ["scripts/dev.py", "format", "--bogus"],
    "refresh nonexistent page": ["scripts/refresh.py", "docs/no-such-page.md"],
    "refresh -k matching nothing": ["scripts/refresh.py", "-k", "no-page-has-this"],
    "refresh unknown option": ["scripts/refresh.py", "--bogus"],
    "refresh unknown Python": ["scripts/refresh.py", "--python", "9.9", "docs/processes/fork.md"],
    "matrix unknown option": ["scripts/matrix.py", "--bogus"],
    "matrix unknown Python": ["scripts/matrix.py", "--pythons", "9.9"],
    "matrix unknown start method": ["scripts/matrix.py", "--methods", "vfork"],
    "lint_prose nonexistent page": ["scripts/lint_prose.py", "docs/no-such-page.md"],
    "lint_prose a folder": ["scripts/lint_prose.py", "docs"],
    "lint_prose unknown option": ["scripts/lint_prose.py", "--bogus"],
    "bench_tests unknown option": ["scripts/bench_tests.py", "--bogus"],
    "bench_tests no runs": ["scripts/bench_tests.py", "--runs", "0"],
    "bench_build unknown option": ["scripts/bench_build.py", "--bogus"],
    "bench_build no runs": ["scripts/bench_build.py", "--runs", "0"],
    "search_ranks unknown option": ["scripts/search_ranks.py", "--bogus"],
    "search_ranks unknown language": ["scripts/search_ranks.py", "--lang", "fr"],
    "search_ranks no built site": ["scripts/search_ranks.py", "--site", "no/such/site"],
}


@pytest.mark.parametrize("args", WRONG_ARGUMENTS.values(), ids=WRONG_ARGUMENTS.keys())
def test_wrong_argument(args):
    # Scripts are run directly, not through dev.py, which would sync .venv first.
    assert_one_line(run(*args), args[0])


def test_help_lists_every_command():
    # -h is made from dev.COMMANDS, as the argument parser is: what it lists is what runs.
    result = run("scripts/dev.py", "-h", COLUMNS="200")
    assert result.returncode == 0, result.stdout + result.stderr
    names = [command.name for command in dev.COMMANDS]
    assert "matrix" in names
    for name in names:
        assert re.search(rf"^  {re.escape(name)} ", result.stdout, re.M), result.stdout


@pytest.mark.parametrize("command", ["browser-test", "bench-site"])
def test_no_chromium(command):
    line = assert_one_line(
        run("scripts/dev.py", command, CHROMIUM="/nonexistent"), "scripts/dev.py"
    )
    assert "/nonexistent" in line and "CHROMIUM" in line


def test_no_git(tmp_path):
    line = assert_one_line(run("scripts/dev.py", "build", PATH=str(tmp_path)), "scripts/dev.py")
    assert "git" in line


def test_search_ranks_without_node(tmp_path):
    (tmp_path / "search").mkdir()
    (tmp_path / "search" / "search_index.json").write_text("{}")
    result = run("scripts/search_ranks.py", "--site", str(tmp_path), PATH=str(tmp_path))
    line = assert_one_line(result, "scripts/search_ranks.py")
    assert "Node" in line and "apt-get install nodejs" in line


def test_port_in_use():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        line = assert_one_line(
            run("scripts/dev.py", "serve", "--port", str(port)), "scripts/dev.py"
        )
    assert str(port) in line and "--port" in line


def _old_python() -> str | None:
    """A working CPython 3.6 to 3.9, if there is one (a pyenv shim may name one that does not run)."""
    candidates = sorted(glob.glob(os.path.expanduser("~/.pyenv/versions/3.[6-9].*/bin/python3")))
    candidates += [shutil.which(f"python3.{minor}") for minor in range(9, 5, -1)]
    for python in filter(None, candidates):
        try:
            if (
                subprocess.run([python, "-c", "pass"], capture_output=True, timeout=10).returncode
                == 0
            ):
                return python
        except (OSError, subprocess.TimeoutExpired):
            continue
    return None


def test_old_python():
    python = _old_python()
    if python is None:
        reason = (
            "no Python 3.6 to 3.9 here (neither python3.6 to python3.9 on PATH nor one under "
            "~/.pyenv/versions): install one (pyenv, the system's packages or python.org) so that "
            "python3.9 or an older python3.x runs"
        )
        skip_unless_required(reason, "REQUIRE_OLD_PYTHON")
    result = subprocess.run(
        [python, "scripts/dev.py", "build"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert "3.10" in assert_one_line(result, "scripts/dev.py")


def test_pytest_names_a_path_that_does_not_exist():
    # Under xdist pytest itself would only say "no tests ran" (tests/xdist_workarounds.py).
    result = run("-m", "pytest", "tests/no_such_test.py")
    assert result.returncode == pytest.ExitCode.USAGE_ERROR, result.stdout + result.stderr
    assert "file or directory not found: tests/no_such_test.py" in result.stderr
    assert "Traceback" not in result.stdout + result.stderr
