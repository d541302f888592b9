"""The mistakes a new contributor makes in a pull request fail the tests, with a message that says what to do.

Like tests/test_harness.py: each mistake is made on purpose in a throwaway
copy of the project (its own docs/, snippets/, mkdocs.yml nav and git
history), the copy's test suite runs, and its report must contain the
message.
tests/test_refresh.py tries the refresh command the same way.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from machine_tools import find_tool
from throwaway import make_project, run_pytest_in

# One xdist worker for the whole module, so that the throwaway project is made and tested once.
pytestmark = pytest.mark.xdist_group("contributor-mistakes")

TESTS = [
    "conftest.py",
    "xdist_workarounds.py",
    "changed_only.py",
    "test_pages.py",
    "test_translations.py",
    "test_twin_pages.py",
    "test_nav.py",
    "test_stale_translations.py",
    "throwaway.py",
    "test_links.py",
    "test_style.py",
    "test_workflows.py",
    "machine_tools.py",
    "test_prose.py",
]
# Found as test_workflows finds it, so this test is skipped exactly where the copy's zizmor test is.
ZIZMOR = find_tool("zizmor") is not None


def _block(snippet: str, output: str | None, title: str) -> str:
    text = f'```python title="{snippet}"\n--8<-- "{snippet}"\n```\n'
    if output is not None:
        text += (
            f'\n<!--pytest-codeblocks:expected-output-->\n\n```text title="{title}"\n{output}```\n'
        )
    return text


def _pair(name: str, zh: str, en: str) -> dict[str, str]:
    return {f"docs/{name}.md": zh, f"docs/{name}.en.md": en}


SNIPPETS = {
    "snippets/hello.py": 'print("hello")\n',
    "snippets/one.py": 'print("one")\n',
    "snippets/two.py": 'print("one")\n',  # same output: only the include differs
    "snippets/unformatted.py": "x=1\nprint( 'x is',x )\n",
}
GOOD = "## 打招呼 {#greeting}\n\n" + _block("snippets/hello.py", "hello\n", "输出")
GOOD_EN = "## Saying hello {#greeting}\n\n" + _block("snippets/hello.py", "hello\n", "Output")

# Each page of the pull request: (Chinese, English). index and good are right; each other page makes
# the mistake said above it.
PAGES = {
    "index": (
        "# 首页\n\n[打招呼](good.md#greeting)\n",
        "# Home\n\n[Saying hello](good.md#greeting)\n",
    ),
    "good": ("# 好页面 {#good}\n\n" + GOOD, "# A good page {#good}\n\n" + GOOD_EN),
    # An English page that includes a different snippet than its Chinese page.
    "different": (
        "# 不同 {#different}\n\n" + _block("snippets/one.py", "one\n", "输出"),
        "# Different {#different}\n\n" + _block("snippets/two.py", "one\n", "Output"),
    ),
    # A broken link (Chinese page) and a broken anchor (English page).
    "links": (
        "# 链接 {#links}\n\n参见[不存在的页面](nowhere.md)。\n",
        "# Links {#links}\n\nSee [a heading that is not there](good.md#no-such-heading).\n",
    ),
    # A heading without an explicit id.
    "noid": ("# 标题 {#noid}\n\n## 没有 id\n", "# Title {#noid}\n\n## No id\n"),
    # An unformatted snippet, shown on a page.
    "style": (
        "# 格式 {#style}\n\n" + _block("snippets/unformatted.py", "x is 1\n", "输出"),
        "# Style {#style}\n\n" + _block("snippets/unformatted.py", "x is 1\n", "Output"),
    ),
    # A Chinese paragraph without spaces between Chinese and Latin letters or digits.
    "spacing": (
        "# 空格 {#spacing}\n\n在Python 3.12中，用os.fork创建子进程。\n",
        "# Spacing {#spacing}\n\nIn Python 3.12, os.fork creates a child process.\n",
    ),
}
# A workflow with a template injection.
WORKFLOW = textwrap.dedent(
    """
    name: greet
    on: issues
    permissions: {}
    jobs:
      greet:
        runs-on: ubuntu-latest
        steps:
          - run: echo "Thanks for ${{ github.event.issue.title }}"
    """
).lstrip()
# A page whose English version was committed before its Chinese source changed.
COMMITS = [
    _pair("stale", "# 旧 {#stale}\n\n第一版。\n", "# Old {#stale}\n\nFirst version.\n"),
    {"docs/stale.md": "# 旧 {#stale}\n\n第二版，英文页还没跟上。\n"},
]


@pytest.fixture(scope="module")
def pull_request(tmp_path_factory) -> tuple[Path, str]:
    """A copy of the project with one contributor mistake per page; returns the folder and pytest's report."""
    files = SNIPPETS | {".github/workflows/greet.yml": WORKFLOW}
    for name, (zh, en) in PAGES.items():
        files |= _pair(name, zh, en)
    project = make_project(
        tmp_path_factory.mktemp("pull-request"), files, tests=TESTS, site=True, commits=COMMITS
    )
    # -v: a line per test, PASSED or FAILED
    report = run_pytest_in(project, "-v", "--tb=short", "-rfs", snippet_timeout=5, timeout=300)
    return project, report


NEEDS_ZIZMOR = pytest.mark.skipif(
    not ZIZMOR, reason="zizmor is not installed (uv.lock has it on Python 3.11+ only)"
)

# Each mistake and a line its failure (or, for a stale page, its warning) must show in the report.
REPORTED = {
    "different snippet in the English page": (
        "docs/different.en.md:4: includes 'snippets/two.py' where docs/different.md:4 includes 'snippets/one.py'. "
        "Both versions must show the same snippets in the same order: include 'snippets/one.py' "
        "there instead (or change both pages)"
    ),
    "broken internal link": (
        "docs/links.md:3: the link 'nowhere.md' leads to nothing: there is no page docs/nowhere.md. "
        "Link to a page that exists, by its Markdown path relative to this page"
    ),
    "broken anchor": (
        "docs/links.en.md:3: the link '../good/#no-such-heading' points to #no-such-heading, which "
        "docs/good.en.md does not have."
    ),
    "broken link, as the strict build reports it": (
        "Doc file 'links.md' contains a link 'nowhere.md', but the target is not found among documentation files"
    ),
    "broken anchor, as the strict build reports it": (
        "Doc file 'links.en.md' contains a link 'good.md#no-such-heading', but the doc 'good.en.md' does not "
        "contain an anchor '#no-such-heading'"
    ),
    "heading without an id": "docs/noid.md:3: add an explicit id to this heading, like `## 没有 id {#no-id}`",
    "unformatted snippet": (
        "snippets/unformatted.py: not formatted the way `ruff format` formats it. Run "
        "`python scripts/dev.py format snippets/unformatted.py`"
    ),
    "workflow template injection: where": pytest.param(
        ".github/workflows/greet.yml:8", marks=NEEDS_ZIZMOR
    ),
    "workflow template injection: the audit": pytest.param(
        "template-injection", marks=NEEDS_ZIZMOR
    ),
    "missing CJK/Latin spacing": (
        "docs/spacing.md:3: Chinese copywriting (CJK/Latin spacing, punctuation): '在Python 3.12中，用os.fork创建子进程。' "
        "should read '在 Python 3.12 中，用 os.fork 创建子进程。'."
    ),
    "stale English page": (
        "docs/stale.en.md may be out of date: docs/stale.md was changed in a later commit"
    ),
}


@pytest.mark.parametrize("message", REPORTED.values(), ids=REPORTED.keys())
def test_mistake_is_reported(pull_request, message):
    _, report = pull_request
    assert message in report, f"expected {message!r} in the report:\n{report}"


# What the correct pages pass in the same run.
PASSES = {
    "same snippets": "test_same_snippets_in_the_same_order[docs/good.md] PASSED",
    "same heading ids": "test_same_heading_ids[docs/good.md] PASSED",
    "links of the English home page": "test_internal_links_resolve[docs/index.en.md] PASSED",
    "links of a Chinese page": "test_internal_links_resolve[docs/good.md] PASSED",
    "code block with its output": "test_code_block[docs/good.en.md::line 5] PASSED",
}


@pytest.mark.parametrize("line", PASSES.values(), ids=PASSES.keys())
def test_correct_page_passes(pull_request, line):
    _, report = pull_request
    assert line in report, f"expected {line!r} in the report:\n{report}"


def test_only_the_unformatted_snippet_is_named(pull_request):
    # One format test per folder: it fails for unformatted.py, and says nothing of hello.py beside it.
    _, report = pull_request
    assert "test_ruff_format[snippets] FAILED" in report, report
    assert "snippets/hello.py: not formatted" not in report, report


def test_stale_english_page_is_a_warning_not_a_failure(pull_request):
    _, report = pull_request
    assert "test_possibly_stale_translations PASSED" in report, report


def test_english_page_is_not_held_to_chinese_spacing(pull_request):
    _, report = pull_request
    assert "docs/spacing.en.md" not in report.split("short test summary info")[-1], report
