"""Test set-up shared by the whole suite. Read tests/codeblocks.py for how pages are run."""

from __future__ import annotations

import multiprocessing
import os
import tempfile

import pytest
from codeblocks import SnippetError, _group_members, recorded_groups, start_method


def pytest_configure(config: pytest.Config) -> None:
    try:
        method = start_method()
    except SnippetError as e:
        raise pytest.UsageError(str(e)) from None
    config.snippets_start_method = method or f"{multiprocessing.get_all_start_methods()[0]} (platform default)"
    if not hasattr(config, "workerinput"):  # the main pytest process; xdist workers inherit the variable
        os.environ["SNIPPETS_GROUPS_DIR"] = tempfile.mkdtemp(prefix="snippet-groups-")


def pytest_report_header(config: pytest.Config) -> str:
    return f"snippets run with multiprocessing start method: {config.snippets_start_method}"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail the run if any process a snippet started is still alive, or a zombie, at the very end."""
    if hasattr(session.config, "workerinput"):
        return  # the main process checks once, after every worker has finished
    left = [member for pgid in sorted(set(recorded_groups())) for member in _group_members(pgid, zombies=True)]
    if left:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        reporter.write_line("")
        reporter.write_sep("=", "processes left behind", red=True)
        reporter.write_line(
            "ERROR: processes started by snippets are still alive or zombies after the test session: "
            + ", ".join(left),
            red=True,
        )
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
