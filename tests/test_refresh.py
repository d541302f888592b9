"""The refresh command (scripts/refresh.py) rewrites only the shown output, in both languages, from real runs.

Each case runs the command in a small throwaway copy of the project. No
xdist group: each case has its own copy, so the cases spread over the workers.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from throwaway import make_project


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")


@pytest.fixture
def small_project(tmp_path) -> Path:
    """Just enough of the project for scripts/refresh.py: mkdocs.yml (its snippets settings), the
    harness and the pages' tests, which refresh runs with --refresh-output."""
    return make_project(
        tmp_path,
        {},
        tests=["conftest.py", "xdist_workarounds.py", "changed_only.py", "test_pages.py"],
    )


def _refresh(
    project: Path, *args: str, command: tuple[str, ...] = ("scripts/refresh.py",)
) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.pop("SNIPPETS_START_METHOD", None)
    env.pop("SNIPPETS_GROUPS_DIR", None)
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

```python title="snippets/changed.py"
--8<-- "snippets/changed.py"
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
    PAGE.format(title="输出")
    .replace("old line\n", "new line\nand another\n")
    .replace(
        '--8<-- "snippets/quiet.py"\n```\n',
        '--8<-- "snippets/quiet.py"\n```\n\n<!--pytest-codeblocks:expected-output-->\n\n'
        '```text title="输出"\nnow it prints\n```\n',
    )
)


def test_refresh_rewrites_only_the_output_in_both_languages(small_project):
    docs, snippets = small_project / "docs", small_project / "snippets"
    _write(snippets / "changed.py", 'print("new line")\nprint("and another")\n')
    _write(snippets / "quiet.py", 'print("now it prints")\n')
    _write(docs / "page.md", PAGE.format(title="输出"))
    _write(docs / "page.en.md", PAGE.format(title="Output"))

    run = _refresh(small_project, "snippets/changed.py")
    assert run.returncode == 0, run.stdout + run.stderr
    assert (docs / "page.md").read_text(encoding="utf-8") == REFRESHED_PAGE
    assert 'title="Output"\nnow it prints\n' in (docs / "page.en.md").read_text(encoding="utf-8")
    assert "Changed 2 file(s): docs/page.en.md, docs/page.md" in run.stdout
    assert "git diff -- docs/page.en.md docs/page.md" in run.stdout

    # A second refresh reads the pages as the tests do (pytest-codeblocks) and finds nothing to change:
    # what it wrote is exactly what the code prints.
    again = _refresh(small_project)
    assert again.returncode == 0 and "No page changed" in again.stdout, again.stdout


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        ("raise SystemExit(3)\n", "snippets/changed.py exited with status 3"),
        (
            "import time\nprint(time.perf_counter_ns())\n",
            "snippets/changed.py printed something different on a second run",
        ),
        pytest.param(
            "import sys\nprint(sys.stdout.isatty())\n",
            "docs/page.md:5 prints one output with its output going into a pipe (as `python x.py | cat`, "
            "an IDE or a CI log shows it) and another in a terminal",
            marks=pytest.mark.skipif(os.name != "posix", reason="a terminal (pty) needs POSIX"),
        ),
    ],
    ids=["fails", "not deterministic", "pipe and terminal differ"],
)
def test_refresh_refuses_a_bad_run(small_project, code, reason):
    docs, snippets = small_project / "docs", small_project / "snippets"
    _write(snippets / "changed.py", code)
    _write(snippets / "quiet.py", "")
    for name, title in (("page.md", "输出"), ("page.en.md", "Output")):
        _write(docs / name, PAGE.format(title=title))
    before = {p: p.read_bytes() for p in docs.iterdir()}

    run = _refresh(small_project, "docs/page.md")
    assert run.returncode == 1, run.stdout
    assert "refused, the page is unchanged" in run.stdout and reason in run.stdout, run.stdout
    assert {p: p.read_bytes() for p in docs.iterdir()} == before


def test_refresh_on_xdist_workers(small_project):
    # `refresh` runs few pages in one process, and every page on pyproject.toml's workers: the
    # workers' planned edits reach the main process, which rewrites both pages.
    docs, snippets = small_project / "docs", small_project / "snippets"
    _write(snippets / "changed.py", 'print("new line")\nprint("and another")\n')
    _write(snippets / "quiet.py", 'print("now it prints")\n')
    _write(docs / "page.md", PAGE.format(title="输出"))
    _write(docs / "page.en.md", PAGE.format(title="Output"))

    pytest_refresh = ("-m", "pytest", "tests/test_pages.py", "--refresh-output")
    run = _refresh(small_project, "-n", "2", command=pytest_refresh)
    assert run.returncode == 0, run.stdout + run.stderr
    assert (docs / "page.md").read_text(encoding="utf-8") == REFRESHED_PAGE
    assert 'title="Output"\nnow it prints\n' in (docs / "page.en.md").read_text(encoding="utf-8")
    assert "Changed 2 file(s): docs/page.en.md, docs/page.md" in run.stdout


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


def test_refresh_leaves_skipped_and_xfail_blocks_alone(small_project):
    docs, snippets = small_project / "docs", small_project / "snippets"
    # Both print something new: refreshed, their pages would change.
    _write(snippets / "skipped.py", 'print("new line")\n')
    _write(snippets / "failing.py", 'print("new line")\n')
    for name, title in (("page.md", "输出"), ("page.en.md", "Output")):
        _write(docs / name, LEFT_ALONE.format(title=title))
    before = {p: p.read_bytes() for p in docs.iterdir()}

    run = _refresh(small_project)
    assert run.returncode == 0, run.stdout + run.stderr
    assert {p: p.read_bytes() for p in docs.iterdir()} == before
    for page in ("docs/page.md", "docs/page.en.md"):
        assert f"{page}:5: skipped (not on this platform); left as it is" in run.stdout, run.stdout
        assert (
            f"{page}:17: marked xfail (expected to fail): its output is not refreshed; left as it is"
            in run.stdout
        ), run.stdout
    assert "No page changed" in run.stdout, run.stdout
