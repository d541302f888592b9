"""`--changed`: run only the tests an uncommitted change can affect, for a quick check while editing.

    python scripts/dev.py test --changed

What changed is what `git status` lists (staged, unstaged and untracked
files) against HEAD. A page whose text changed gets every test that names it
or its twin (code blocks, links, prose, twins); a snippet that changed gets
its own tests (format, lint, shown on a page) and the code blocks of every
page that includes it, in both languages. A change anywhere else (the
harness, the tests, mkdocs.yml, the CSS) can affect anything, so then the
whole suite runs. CI always runs the whole suite.
"""

from __future__ import annotations

import subprocess

import pytest

from blocks import SnippetError, all_blocks
from site_files import ROOT, twin


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--changed",
        action="store_true",
        help="run only the tests that uncommitted changes to pages and snippets can affect",
    )


def pytest_cmdline_main(config: pytest.Config) -> None:
    # A handful of tests: starting two xdist workers, each collecting the whole suite, costs more
    # than it saves. This runs before xdist's own hook (trylast), which then leaves the run alone.
    if config.getoption("changed", False):
        config.option.numprocesses = 0
        config.option.dist = "no"


def changed_files() -> list[str]:
    """Paths, relative to the repository root, that differ from HEAD or are new."""
    out = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all", "--no-renames"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    # "XY path": two status letters and a space; a quoted path has odd characters (not ours).
    return sorted(line[3:].strip('"') for line in out.splitlines())


def affected(changed: list[str]) -> tuple[set[str], set[str]] | None:
    """(paths whose every test runs, pages whose code blocks run), or None when everything must run."""
    everything = [p for p in changed if not (_is_page(p) or _is_snippet(p))]
    if everything:
        return None
    whole = {p for p in changed if _is_page(p)}
    whole |= {twin(p) for p in whole}
    snippets = {p for p in changed if _is_snippet(p)}
    blocks_of = set()
    for page, blocks in all_blocks().items():
        if isinstance(blocks, SnippetError):
            continue
        if any(inc.path in snippets for block in blocks for inc in block.includes):
            blocks_of |= {page, twin(page)}
    return whole | snippets, blocks_of


def _is_page(path: str) -> bool:
    return path.startswith("docs/") and path.endswith(".md")


def _is_snippet(path: str) -> bool:
    return path.startswith("snippets/") and path.endswith(".py")


def _names(item: pytest.Item, paths: set[str]) -> bool:
    """Whether the test's parameters name one of the paths, or its folder: `[docs/x.md]`,
    `[docs/x.md::line 5]`, `[snippets/processes]` (tests/test_style.py's, for a snippet in it)."""
    params = "[" + item.nodeid.partition("[")[2]
    folders = {p.rpartition("/")[0] for p in paths}
    return any(f"[{p}]" in params or f"[{p}::" in params for p in paths) or any(
        f"[{folder}]" in params for folder in folders if folder
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not config.getoption("changed", False):
        return
    changed = changed_files()
    scope = affected(changed)
    if scope is None:
        return
    whole, blocks_of = scope
    keep, drop = [], []
    for item in items:
        is_block = item.originalname == "test_code_block"
        if _names(item, whole) or (is_block and _names(item, blocks_of)):
            keep.append(item)
        else:
            drop.append(item)
    items[:] = keep
    config.hook.pytest_deselected(items=drop)


def pytest_report_header(config: pytest.Config) -> list[str]:
    if not config.getoption("changed", False):
        return []
    changed = changed_files()
    if not changed:
        return ["--changed: nothing differs from HEAD, so no test is selected"]
    if affected(changed) is None:
        others = [p for p in changed if not (_is_page(p) or _is_snippet(p))]
        return [f"--changed: {', '.join(others[:3])} can affect anything: the whole suite runs"]
    return [f"--changed: tests of {', '.join(changed)}"]
