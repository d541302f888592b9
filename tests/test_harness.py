"""The harness fails loudly and precisely: each contributor mistake, made on purpose in a throwaway copy of the project."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from codeblocks import ROOT

# One xdist worker for the whole module, so that the throwaway project is made and tested once.
pytestmark = pytest.mark.xdist_group("harness")

HARNESS_FILES = [
    "conftest.py",
    "codeblocks.py",
    "test_pages.py",
    "test_snippet_files.py",
    "test_translations.py",
]


def _page(text: str) -> str:
    return textwrap.dedent(text).lstrip()


def _fenced(snippet: str, output: str | None) -> str:
    block = f'```python\n--8<-- "{snippet}"\n```\n'
    if output is not None:
        block += f"\n<!--pytest-codeblocks:expected-output-->\n\n```text\n{output}```\n"
    return block


# Each case: a page (both languages unless said), its snippet, and what the failure must say.
CASES = {
    "raises": ("raise ValueError('boom')\n", None),
    "wrong_output": ("print('actually printed')\n", "shown on the page\n"),
    "child_fails": (
        textwrap.dedent(
            """
            import multiprocessing

            def work():
                raise RuntimeError("child broke")

            if __name__ == "__main__":
                p = multiprocessing.Process(target=work)
                p.start()
                p.join()
                print("parent done")
            """
        ),
        "parent done\n",
    ),
    "hangs": (
        textwrap.dedent(
            """
            import multiprocessing, pathlib, time

            def forever():
                time.sleep(3600)

            if __name__ == "__main__":
                p = multiprocessing.Process(target=forever)
                p.start()
                pathlib.Path("hang-child.pid").write_text(str(p.pid))
                print("started a child that never ends")
                p.join()
            """
        ),
        "started a child that never ends\n",
    ),
}


@pytest.fixture(scope="module")
def broken_project(tmp_path_factory) -> tuple[Path, str]:
    """A copy of the harness with one mistake per page; returns the folder and pytest's report."""
    project = tmp_path_factory.mktemp("project")
    shutil.copy(ROOT / "mkdocs.yml", project)
    shutil.copy(ROOT / "pyproject.toml", project)
    (project / "tests").mkdir()
    for name in HARNESS_FILES:
        shutil.copy(ROOT / "tests" / name, project / "tests")
    shutil.copytree(ROOT / "tests" / "startmethod", project / "tests" / "startmethod")
    docs, snippets = project / "docs", project / "snippets"
    docs.mkdir()
    snippets.mkdir()
    for name, (code, output) in CASES.items():
        (snippets / f"{name}.py").write_text(code)
        for suffix in (".md", ".en.md"):
            (docs / f"{name}{suffix}").write_text(
                f"# {name}\n\n" + _fenced(f"snippets/{name}.py", output)
            )
    for suffix in (".md", ".en.md"):
        (docs / f"broken_include{suffix}").write_text(
            "# broken\n\n" + _fenced("snippets/no_such_file.py", None)
        )
        (docs / f"inline{suffix}").write_text(
            "# inline\n\n```python\nprint('written in the page')\n```\n"
        )
    (docs / "lonely.md").write_text("# 只有中文\n")
    (snippets / "orphan.py").write_text("print('nobody includes me')\n")
    env = dict(os.environ, SNIPPETS_TIMEOUT="2")
    env.pop("SNIPPETS_START_METHOD", None)
    env.pop("SNIPPETS_GROUPS_DIR", None)  # the copy's own session checks its own snippets
    report = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-n",
            "0",
            "-p",
            "no:cacheprovider",
            "-q",
            "--tb=short",
            "-rf",
        ],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    return project, report


@pytest.mark.parametrize(
    "message",
    [
        "docs/broken_include.md:4: --8<-- includes 'snippets/no_such_file.py', but snippets/no_such_file.py does not exist",
        "docs/raises.md:3: snippets/raises.py exited with status 1",
        "ValueError: boom",
        "docs/wrong_output.md:3: snippets/wrong_output.py printed something other than the output shown at docs/wrong_output.md:9",
        "If the new output is right, run `python scripts/dev.py refresh docs/wrong_output.md` to rewrite the shown output",
        "docs/raises.en.md:3: snippets/raises.py exited with status 1",
        "+actually printed",
        "-shown on the page",
        "docs/child_fails.md:3: snippets/child_fails.py printed something other than the output shown",
        "RuntimeError: child broke",
        "docs/hangs.md:3: snippets/hangs.py did not finish within 2 s; it was killed with its whole process group",
        "| started a child that never ends",
        "docs/lonely.md:1: this page has no English version. Create docs/lonely.en.md",
        'snippets/orphan.py: no page includes this file. Show it on a page with --8<-- "snippets/orphan.py"',
        "docs/inline.md:3: the block has Python written in the page",
    ],
)
def test_mistake_is_reported(broken_project, message):
    _, report = broken_project
    assert message in report, f"expected {message!r} in the report:\n{report}"


def test_test_ids_name_page_and_line(broken_project):
    _, report = broken_project
    assert "test_code_block[docs/raises.md::line 3]" in report
    assert "test_code_block[docs/raises.en.md::line 3]" in report


def test_nothing_is_left_running_after_a_hang(broken_project):
    project, _ = broken_project
    pid = int((project / "hang-child.pid").read_text())
    stat = Path(f"/proc/{pid}/stat")
    if stat.exists():  # Linux: a zombie waiting for init is dead; anything else is not
        assert stat.read_text().rsplit(")", 1)[1].split()[0] == "Z", (
            f"child {pid} of the hung snippet still runs"
        )
    elif os.name == "posix":
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


def test_every_mistake_fails_the_run(broken_project):
    _, report = broken_project
    # 4 cases in 2 languages, 2 more pages in 2 languages, the lonely page, the orphan snippet
    assert "14 failed" in report, report
