"""Test set-up shared by the whole suite.

How a page's block is found, run and checked: scripts/blocks.py,
scripts/run_block.py and scripts/check_block.py.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import tempfile

import pytest

from blocks import SnippetError
from process_groups import GROUPS_DIR, become_subreaper, group_members, reap, recorded_groups
from refresh_output import RefreshSession
from run_block import READER_MODES, start_method, use_terminal

# xdist_workarounds: pytest 9 with pytest-xdist 3.8, each with the condition for deleting it.
# changed_only: the --changed option.
pytest_plugins = ["xdist_workarounds", "changed_only"]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--terminal",
        action="store_true",
        help="run every code block in a terminal (a pty, POSIX) as well as into a pipe; CI does",
    )
    parser.addoption(
        "--refresh-output",
        action="store_true",
        help="rewrite the output the pages show from real runs instead of comparing it: each block "
        "runs twice into a pipe and (POSIX) twice in a terminal; `python scripts/dev.py refresh` "
        "runs this",
    )
    parser.addoption(
        "--refresh-pages",
        metavar="PAGES",
        help="with --refresh-output: only the blocks of these pages, comma-separated "
        "(docs/x.md,docs/x.en.md)",
    )


def pytest_configure(config: pytest.Config) -> None:
    try:
        method = start_method()
    except SnippetError as e:
        raise pytest.UsageError(str(e)) from None
    config.snippets_start_method = (
        method or f"{multiprocessing.get_all_start_methods()[0]} (platform default)"
    )
    become_subreaper()
    # Without job control (a script, sh -c, CI) a shell starts a background job (`dev.py test &`)
    # with Ctrl-C ignored, and every program it starts inherits that; a reader runs a snippet in
    # the foreground, where Ctrl-C interrupts it.
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    refreshing = config.getoption("refresh_output", False)
    # Refreshed output is what a reader gets both ways, whatever the tests' default.
    if config.getoption("terminal", False) or refreshing:
        use_terminal()
    if refreshing:
        config.pluginmanager.register(RefreshSession(config), "refresh-output")
    # The main pytest process; xdist workers inherit the variable.
    if not hasattr(config, "workerinput"):
        os.environ[GROUPS_DIR] = tempfile.mkdtemp(prefix="snippet-groups-")


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """`-n auto`: one worker more than the cores. A block's test mostly waits for the processes it
    started (python's start-up, a child, a queue), and on 2 cores a third worker fills those waits
    (`python scripts/dev.py bench-tests`, before and after, is in the commit that made it so)."""
    return (os.cpu_count() or 1) + 1


def pytest_itemcollected(item: pytest.Item) -> None:
    """A block's snippets, known before it runs or is skipped: `-k fork_basic` also selects the
    blocks that show snippets/processes/fork_basic.py (a test id names only the page and line), and
    the JUnit XML names them for a skipped block too (scripts/verified_on.py reads it)."""
    block = getattr(item, "callspec", None) and item.callspec.params.get("block")
    paths = list(dict.fromkeys(include.path for include in getattr(block, "includes", ())))
    item.extra_keyword_matches.update(paths)
    if paths:
        item.user_properties.append(("snippets", " ".join(paths)))


def pytest_report_header(config: pytest.Config) -> list[str]:
    return [
        f"snippets run with multiprocessing start method: {config.snippets_start_method}",
        f"snippets run as a reader runs them: {' and '.join(READER_MODES)}"
        + ("" if len(READER_MODES) > 1 else " (add --terminal for a terminal too, as CI does)"),
    ]


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail the run if any process a snippet started is still alive, or a zombie, at the very end."""
    groups = sorted(set(recorded_groups()))
    for pgid in groups:
        reap(pgid)  # orphans that finished after their snippet and were adopted by this process
    if hasattr(session.config, "workerinput"):
        return  # the main process checks once, after every worker has finished
    left = [member for pgid in groups for member in group_members(pgid, zombies=True)]
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
