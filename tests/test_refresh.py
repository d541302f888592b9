"""The refresh command (scripts/refresh.py) rewrites only the shown output, in both languages, from real runs.

The command runs in a small throwaway copy of the project with one page per
case: a page whose output is out of date, one per run refresh must refuse, one
with blocks it must leave alone, and one it was not asked to refresh. One run
of the command over all of them (a page's fate does not depend on the others',
as in a real refresh of many pages) serves every case, so the cases share one
xdist worker. A second run, by pytest on an xdist worker, then refreshes a page
the first left out of date, and the page the first refreshed, which it must find
nothing to change on.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from types import SimpleNamespace

import pytest

from refresh_output import RefreshSession
from throwaway import make_project


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")


def _refresh(
    project: Path, *args: str, command: tuple[str, ...] = ("scripts/refresh.py",)
) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.pop("SNIPPETS_START_METHOD", None)
    env.pop("SNIPPETS_GROUPS_DIR", None)
    # refresh.py leaves more than 4 pages to pyproject.toml's -n auto, whose workers take longer
    # to start than these tiny pages take to run; the run that is about workers (refreshed_again)
    # gives its -n on the command line, which comes after this.
    env["PYTEST_ADDOPTS"] = f"{env.get('PYTEST_ADDOPTS', '')} -n 0".strip()
    return subprocess.run(
        [sys.executable, *command, *args],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


PAGE = """\
# 页面 {{#page}}

前面的文字。

```python title="snippets/{snippet}.py"
--8<-- "snippets/{snippet}.py"
```

<!--pytest-codeblocks:expected-output-->

```text title="{title}"
old line
```

中间的文字，不应改变。

```python title="snippets/quiet.py"
--8<-- "snippets/quiet.py"
```

后面的文字。
"""


# PAGE after the refresh, in Chinese, when changed.py prints two new lines and quiet.py one.
REFRESHED_PAGE = (
    PAGE.format(title="输出", snippet="changed")
    .replace("old line\n", "new line\nand another\n")
    .replace(
        '--8<-- "snippets/quiet.py"\n```\n',
        '--8<-- "snippets/quiet.py"\n```\n\n<!--pytest-codeblocks:expected-output-->\n\n'
        '```text title="输出"\nnow it prints\n```\n',
    )
)


LEFT_ALONE = """\
# 页面 {{#page}}

<!--pytest.mark.skipif(True, reason="not on this platform")-->

```python title="snippets/skipped.py"
--8<-- "snippets/skipped.py"
```

<!--pytest-codeblocks:expected-output-->

```text title="{title}"
old line
```

<!--pytest.mark.xfail(strict=True, reason="meant to fail")-->

```python title="snippets/failing.py"
--8<-- "snippets/failing.py"
```

<!--pytest-codeblocks:expected-output-->

```text title="{title}"
old line
```
"""

POSIX = os.name == "posix"
# Runs refresh must refuse: the snippet each page shows, and the reason refresh gives.
REFUSED = {
    "fails": ("raise SystemExit(3)\n", "snippets/fails.py exited with status 3"),
    "not-deterministic": (
        "import time\nprint(time.perf_counter_ns())\n",
        "snippets/not-deterministic.py printed something different on a second run",
    ),
}
if POSIX:  # a terminal (pty) needs POSIX
    REFUSED["pipe-and-terminal-differ"] = (
        "import sys\nprint(sys.stdout.isatty())\n",
        "docs/pipe-and-terminal-differ.md:5 prints one output with its output going into a pipe "
        "(as `python x.py | cat`, an IDE or a CI log shows it) and another in a terminal",
    )
TITLES = {"page.md": "输出", "page.en.md": "Output"}


def _write_page(docs: Path, name: str, template: str, **fields: str) -> None:
    for file, title in TITLES.items():
        _write(docs / file.replace("page", name), template.format(title=title, **fields))


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory) -> tuple[Path, dict[Path, bytes], subprocess.CompletedProcess]:
    """The project after one refresh of every case's page; the pages' bytes before it; the run."""
    project = make_project(
        tmp_path_factory.mktemp("refresh"),
        {},
        tests=["conftest.py", "xdist_workarounds.py", "changed_only.py", "test_pages.py"],
    )
    docs, snippets = project / "docs", project / "snippets"
    _write(snippets / "changed.py", 'print("new line")\nprint("and another")\n')
    _write(snippets / "quiet.py", 'print("now it prints")\n')
    _write_page(docs, "page", PAGE, snippet="changed")
    # Out of date too, but neither it nor its snippet is named: left as it is.
    _write(snippets / "not-named.py", 'print("new line")\n')
    _write_page(docs, "not-named", PAGE.replace("quiet", "not-named"), snippet="not-named")
    # Left out of date by the first run (its snippet is not changed.py) for the second.
    _write(snippets / "on-workers.py", 'print("new line")\nprint("and another")\n')
    _write_page(docs, "on-workers", PAGE, snippet="on-workers")
    # Its second block prints nothing, so that the refused block is all there is to refresh.
    _write(snippets / "silent.py", "")
    for name, (code, _) in REFUSED.items():
        _write(snippets / f"{name}.py", code)
        _write_page(docs, name, PAGE.replace("quiet", "silent"), snippet=name)
    _write(snippets / "skipped.py", 'print("new line")\n')
    _write(snippets / "failing.py", 'print("new line")\n')
    _write_page(docs, "left-alone", LEFT_ALONE)
    before = {p: p.read_bytes() for p in docs.iterdir()}

    # By snippet (page.md shows changed.py) and by page, as a contributor names them.
    named = ["snippets/changed.py", *(f"docs/{n}.md" for n in [*REFUSED, "left-alone"])]
    return project, before, _refresh(project, *named)


@pytest.fixture(scope="module")
def refreshed_again(refreshed) -> subprocess.CompletedProcess:
    """After the refresh, pytest's own --refresh-output on a worker, of page and on-workers."""
    project, _, _ = refreshed
    pages = ",".join(
        "docs/" + file.replace("page", name) for name in ("page", "on-workers") for file in TITLES
    )
    pytest_refresh = ("-m", "pytest", "tests/test_pages.py", "--refresh-output")
    return _refresh(project, "-n", "1", f"--refresh-pages={pages}", command=pytest_refresh)


def _unchanged(refreshed, name: str) -> bool:
    project, before, _ = refreshed
    return all(
        (project / "docs" / file.replace("page", name)).read_bytes()
        == before[project / "docs" / file.replace("page", name)]
        for file in TITLES
    )


@pytest.mark.xdist_group("refresh")
def test_refresh_rewrites_only_the_output_in_both_languages(refreshed):
    project, _, run = refreshed
    docs = project / "docs"
    assert (docs / "page.md").read_text(encoding="utf-8") == REFRESHED_PAGE, run.stdout
    assert 'title="Output"\nnow it prints\n' in (docs / "page.en.md").read_text(encoding="utf-8")
    assert "Changed 2 file(s): docs/page.en.md, docs/page.md" in run.stdout, run.stdout
    assert "git diff -- docs/page.en.md docs/page.md" in run.stdout


@pytest.mark.xdist_group("refresh")
def test_refresh_changes_no_page_it_was_not_asked_to(refreshed):
    assert _unchanged(refreshed, "not-named")


@pytest.mark.xdist_group("refresh")
def test_a_second_refresh_finds_nothing_to_change(refreshed_again):
    # It reads the pages as the tests do (pytest-codeblocks): what the first refresh wrote is
    # exactly what the code prints. Only on-workers, out of date, changes.
    run = refreshed_again
    assert run.returncode == 0, run.stdout + run.stderr
    # page's four block tests ran too, not only on-workers'.
    assert re.search(r"\b8 passed\b", run.stdout), run.stdout
    assert "Changed 2 file(s): docs/on-workers.en.md, docs/on-workers.md\n" in run.stdout, (
        run.stdout
    )


def test_a_refresh_that_changes_nothing_says_so():
    # The second run above changes on-workers, so it says what it changed; with no edit planned,
    # as when every page already matches, the session says so.
    session = RefreshSession(SimpleNamespace(getoption=lambda name: None))
    session.pytest_sessionfinish(SimpleNamespace(), pytest.ExitCode.OK)
    lines = []
    session.pytest_terminal_summary(SimpleNamespace(write_line=lines.append))
    assert "No page changed" in "\n".join(lines), lines


@pytest.mark.xdist_group("refresh")
@pytest.mark.parametrize("name", REFUSED)
def test_refresh_refuses_a_bad_run(refreshed, name):
    _, _, run = refreshed
    assert run.returncode == 1, run.stdout
    reason = REFUSED[name][1]
    assert "refused, the page is unchanged" in run.stdout and reason in run.stdout, run.stdout
    assert _unchanged(refreshed, name)


@pytest.mark.xdist_group("refresh")
def test_refresh_leaves_skipped_and_xfail_blocks_alone(refreshed):
    _, _, run = refreshed
    # Both snippets print something new: refreshed, their pages would change.
    assert _unchanged(refreshed, "left-alone")
    for page in ("docs/left-alone.md", "docs/left-alone.en.md"):
        assert f"{page}:5: skipped (not on this platform); left as it is" in run.stdout, run.stdout
        assert (
            f"{page}:17: marked xfail (expected to fail): its output is not refreshed; left as it is"
            in run.stdout
        ), run.stdout


@pytest.mark.xdist_group("refresh")
def test_refresh_on_xdist_workers(refreshed, refreshed_again):
    # `refresh` runs few pages in one process, and every page on pyproject.toml's workers: the
    # workers' planned edits reach the main process, which rewrites both pages.
    project, _, _ = refreshed
    docs, run = project / "docs", refreshed_again
    assert "created: 1/1 worker" in run.stdout, run.stdout
    expected = REFRESHED_PAGE.replace("snippets/changed.py", "snippets/on-workers.py")
    assert (docs / "on-workers.md").read_text(encoding="utf-8") == expected, run.stdout
    assert 'title="Output"\nnow it prints\n' in (docs / "on-workers.en.md").read_text(
        encoding="utf-8"
    )
    assert "Changed 2 file(s): docs/on-workers.en.md, docs/on-workers.md" in run.stdout
