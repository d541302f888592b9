"""The page of where each snippet was verified is built from the test runs' JUnit XML, as CI keeps it.

Fixture runs, written here: one where a snippet passes, one where it is skipped
(with its reason), one where it fails, and one run the CI matrix asks for that
left no results.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml

import verified_on
from site_files import ROOT, rel
from verified_on import Outcome, Run

JUNIT = """<?xml version="1.0" encoding="utf-8"?>
<testsuites><testsuite name="pytest" timestamp="2026-12-01T10:00:00.000000">{cases}</testsuite></testsuites>
"""


def _case(snippets: str, body: str = "") -> str:
    return (
        f'<testcase classname="tests.test_pages" name="test_code_block[x]">'
        f'<properties><property name="snippets" value="{snippets}"/></properties>{body}</testcase>'
    )


SKIP = '<skipped type="pytest.skip" message="os.fork() exists only on Unix">skip</skipped>'
FAIL = '<failure message="docs/a.md:3: snippets/a.py exited with status 1">trace</failure>'
XFAIL = '<skipped type="pytest.xfail" message="the notes\' pattern">xfail</skipped>'


def _write_run(folder: Path, name: str, *cases: str) -> None:
    (folder / name).mkdir(parents=True)
    (folder / name / "junit.xml").write_text(JUNIT.format(cases="".join(cases)), encoding="utf-8")


def _results(tmp_path: Path) -> verified_on.Results:
    _write_run(tmp_path, "Linux_3.13_fork", _case("snippets/a.py"), _case("snippets/b.py", XFAIL))
    _write_run(tmp_path, "Windows_3.13_default", _case("snippets/a.py", SKIP))
    _write_run(tmp_path, "macOS_3.13_default", _case("snippets/a.py", FAIL))
    return verified_on.collect(tmp_path)


def test_a_pass_a_skip_and_a_failure_are_read_with_their_reasons(tmp_path):
    results = _results(tmp_path)
    assert results.runs[Run("Linux", "3.13", "fork")]["snippets/a.py"] == Outcome("passed")
    assert results.runs[Run("Windows", "3.13", "default")]["snippets/a.py"] == Outcome(
        "skipped", "os.fork() exists only on Unix"
    )
    assert results.runs[Run("macOS", "3.13", "default")]["snippets/a.py"] == Outcome(
        "failed", "docs/a.md:3: snippets/a.py exited with status 1"
    )
    # A broken pattern of the notes that fails as it must counts as verified.
    assert results.runs[Run("Linux", "3.13", "fork")]["snippets/b.py"].status == "passed"
    assert results.dates[Run("Linux", "3.13", "fork")] == "2026-12-01"


def test_one_failing_test_of_a_snippet_makes_it_failed_and_one_passing_makes_it_not_skipped(
    tmp_path,
):
    _write_run(
        tmp_path,
        "Linux_3.12_spawn",
        _case("snippets/a.py", SKIP),
        _case("snippets/a.py"),
        _case("snippets/b.py"),
        _case("snippets/b.py", FAIL),
    )
    run = verified_on.collect(tmp_path).runs[Run("Linux", "3.12", "spawn")]
    assert run["snippets/a.py"].status == "passed"
    assert run["snippets/b.py"].status == "failed"


def test_the_page_shows_each_outcome_and_names_the_runs_without_results(tmp_path):
    expected = [
        Run("Linux", "3.13", "fork"),
        Run("Windows", "3.13", "default"),
        Run("macOS", "3.13", "default"),
        Run("Linux", "3.14t", "default"),
    ]
    results = _results(tmp_path)
    page = verified_on.render("en", results, expected)
    assert "left no results (their columns are empty): Linux 3.14t default." in page
    assert 'title="skipped: os.fork() exists only on Unix">–<sup>1</sup>' in page
    assert "1. os.fork() exists only on Unix" in page
    assert 'class="verified-failed" title="failed: docs/a.md:3: snippets/a.py exited' in page
    assert "1 failed: see the cells marked ✗." in page
    assert "<code>snippets/processes/fork_basic.py</code>" in page  # every snippet has a row
    zh = verified_on.render("zh", results, expected)
    assert "CI 应当运行、但没有留下结果的组合（它们的列是空的）：Linux 3.14t 默认。" in zh


def test_without_results_the_page_says_how_to_make_them(tmp_path):
    assert "python scripts/dev.py matrix" in verified_on.render(
        "en", verified_on.collect(tmp_path), []
    )


def test_the_expected_runs_are_the_ci_matrix():
    runs = verified_on.expected_runs()
    assert Run("Windows", "3.10", "default") in runs
    assert Run("Linux", "3.14", "forkserver") in runs
    assert Run("Linux", "3.14t", "default") in runs
    assert len({run.os for run in runs}) == 3


def test_the_matrix_runs_on_a_free_threaded_python_what_ci_runs_on_one():
    """`dev.py matrix` with a 3.14t here (scripts/matrix.py) and CI's free-threaded job run the same
    test files, so that the page shows the same checks for the build from either."""
    from matrix import FREE_THREADED_TESTS

    workflow = ROOT / ".github" / "workflows" / "ci.yml"
    job = yaml.safe_load(workflow.read_text(encoding="utf-8"))["jobs"]["free-threaded"]
    commands = [step["run"] for step in job["steps"] if "dev.py test" in step.get("run", "")]
    assert len(commands) == 1, (
        f"{rel(workflow)}: the free-threaded job has {len(commands)} test steps"
    )
    named = [word for word in commands[0].split() if word.startswith("tests/")]
    assert named == FREE_THREADED_TESTS, (
        f"{rel(workflow)}'s free-threaded job runs {named}, scripts/matrix.py's FREE_THREADED_TESTS "
        f"are {FREE_THREADED_TESTS}: make them the same"
    )


# pytest's output -> what `dev.py matrix` reports of it
PYTEST_ENDINGS = {
    "quiet": (
        "....\n1176 passed, 11 skipped, 10 xfailed in 43.00s\n",
        "1176 passed, 11 skipped, 10 xfailed",
    ),
    "with failures": (
        "==== 2 failed, 532 passed, 2 skipped in 45.92s ====\n",
        "2 failed, 532 passed, 2 skipped",
    ),
    "nothing selected": ("\n\nno tests ran in 5.81s\n\n", "no tests ran"),
    "no summary at all": ("Traceback (most recent call last):\n", "no summary"),
}


@pytest.mark.parametrize(("output", "said"), PYTEST_ENDINGS.values(), ids=PYTEST_ENDINGS.keys())
def test_the_matrix_reports_pytest_s_summary(output, said):
    from matrix import summary_of

    assert summary_of(output) == said


def test_the_build_puts_the_table_in_the_page_whole(tmp_path, monkeypatch):
    """scripts/runs_on_hook.py keeps the table out of Markdown and puts it back in the HTML."""
    # Here, not at the top: every xdist worker imports the test modules, and these take 70 ms.
    import markdown

    import runs_on_hook

    results = _results(tmp_path)
    monkeypatch.setattr(verified_on, "collect", lambda: results)
    page = SimpleNamespace(file=SimpleNamespace(src_uri="verified.en.md"))
    source = "<div data-search-exclude markdown>\n\n{{ verified.table }}\n\n</div>\n"
    text = runs_on_hook.on_page_markdown(source, page, None, None)
    html = markdown.markdown(text, extensions=["md_in_html"])
    html = runs_on_hook.on_page_content(html, page, None, None)
    table = runs_on_hook.VERIFIED_TABLE.search(verified_on.render("en", results))[0]
    assert table in html and runs_on_hook.TABLE_SLOT not in html, html
    assert "<p>The table shows the test results of commit <code>" in html, html


def test_the_page_names_the_commit_the_matrix_recorded(tmp_path):
    # dev.py matrix writes it beside its results: the page must not name a later checkout's commit.
    _write_run(tmp_path, "Linux_3.13_fork", _case("snippets/a.py"))
    (tmp_path / verified_on.COMMIT_FILE).write_text("abc1234-dirty 2026-12-05\n")
    page = verified_on.render("en", verified_on.collect(tmp_path), [Run("Linux", "3.13", "fork")])
    assert "commit `abc1234-dirty`" in page, page
