"""Test set-up shared by the whole suite. How a block is found, run and checked: scripts/blocks.py, run_block.py, check_block.py."""

from __future__ import annotations

import multiprocessing
import os
import tempfile

import pytest

from blocks import SnippetError
from process_groups import become_subreaper, group_members, reap, recorded_groups
from run_block import READER_MODES, start_method, use_terminal


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--terminal",
        action="store_true",
        help="run every code block in a terminal (a pty, POSIX) as well as into a pipe; CI does",
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
    if config.getoption("terminal", False):
        use_terminal()
    if not hasattr(
        config, "workerinput"
    ):  # the main pytest process; xdist workers inherit the variable
        os.environ["SNIPPETS_GROUPS_DIR"] = tempfile.mkdtemp(prefix="snippet-groups-")
        _check_paths(config)


def _check_paths(config: pytest.Config) -> None:
    # Under xdist only the workers collect, and a path that does not exist is lost on the way
    # back: pytest would say "no tests ran" (status 5) instead of naming the mistake.
    if config.option.pyargs:
        return
    for arg in config.args:
        path = arg.split("::", 1)[0]
        if not (config.invocation_params.dir / path).exists():
            raise pytest.UsageError(f"file or directory not found: {arg}")


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Make `--dist loadgroup` honour xdist_group marks again (twins on one worker, one site build).

    pytest-xdist 3.8 groups tests by a "@group" suffix it writes to `item._nodeid`,
    but pytest 9 keeps the node id in `item._id`, so the suffix is lost and every
    group is spread over all workers. This writes it where pytest 9 reads it.
    """
    if not hasattr(config, "workerinput") or not config.getvalue("loadgroup"):
        return
    try:
        from _pytest.nodeid import coerce_node_id
    except ImportError:  # pytest < 9: xdist's own suffix works
        return
    for item in items:
        names = {
            str(m.args[0] if m.args else m.kwargs.get("name", "default"))
            for m in item.iter_markers("xdist_group")
        }
        if names and "@" not in item.nodeid.rsplit("]", 1)[-1] and hasattr(item, "_id"):
            item._id = coerce_node_id(f"{item.nodeid}@{'_'.join(sorted(names))}")


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
