"""Facts about where and on which Python the code runs come from the tests and CI, never typed by hand.

The pages write ``{{ python.tested }}`` (the Python versions CI tests, from
pyproject.toml and .github/workflows/ci.yml), ``{{ python.oldest }}`` and
``{{ examples.where }}``; the MkDocs hook puts the values in. Under each listing
the hook writes where it runs, from the skip markers above it
(scripts/runs_on.py). These tests hold the pages to that, and check the
simulation against the markers the pages use.
"""

from __future__ import annotations

import re

import pytest

import runs_on
import verified_on
from run_block import START_METHODS
from site_files import ROOT, by_folder, outside_fences, pages, rel

# A range of Python versions near a word about testing: "tested on 3.10–3.13", "3.10–3.13 上实测",
# "checked on 3.10 to 3.14", "在 3.10 到 3.14 上验证过".
VERSION_RANGE = r"3\.\d+\s*(?:–|-|到|to)\s*3\.\d+"
TESTED_RANGE = re.compile(
    rf"(?:test|check|verif|实测|测试|验证).{{0,40}}?{VERSION_RANGE}"
    rf"|{VERSION_RANGE}.{{0,12}}?上(?:实测|验证|测试)",
    re.I,
)
# A hand-written claim about where the page's code runs: "the tests skip this listing on Windows",
# "so this listing runs on Linux only", "只在 POSIX 上运行", "(Unix only)".
PLATFORM = r"(?:Linux|POSIX|Unix|Windows|macOS)"
SKIP_CLAIM = re.compile(
    r"会被测试跳过|测试跳过|在 Windows 上跳过|tests skip|is skipped on"
    rf"|runs? (?:only )?on {PLATFORM} only|runs? only on {PLATFORM}|\({PLATFORM} only\)"
    rf"|只(?:在|能在) {PLATFORM}(?: 系统)? 上运行|（只在 {PLATFORM} 上）",
    re.I,
)


def _prose_lines(page):
    lines = page.read_text(encoding="utf-8").splitlines()
    return [(n, line) for n, line in outside_fences(lines) if not line.lstrip().startswith("<!--")]


# One test per folder of docs/ (site_files.by_folder says why).
IN_FOLDER = by_folder([rel(p) for p in pages()])


@pytest.mark.parametrize("folder", IN_FOLDER)
def test_no_hand_written_tested_versions_or_skips(folder):
    problems = []
    for page in IN_FOLDER[folder]:
        for n, line in _prose_lines(ROOT / page):
            for m in TESTED_RANGE.finditer(line):
                problems.append(
                    f"{page}:{n}: {m[0]!r} types the tested Python versions by hand; write "
                    f"{{{{ python.tested }}}} (now {runs_on.tested_range()}), which the build fills "
                    f"in from pyproject.toml and .github/workflows/ci.yml"
                )
            for m in SKIP_CLAIM.finditer(line):
                problems.append(
                    f"{page}:{n}: {m[0]!r} says by hand where a listing runs; delete it: the line "
                    f"under each listing's title says so, generated from its skip markers"
                )
    assert not problems, "\n".join(problems)


def test_versions_come_from_pyproject_and_the_ci_matrix():
    found = runs_on.versions()
    assert found[0] == (3, 10) and found == sorted(found) and len(found) >= 4
    assert runs_on.tested_range() == f"3.10–{found[-1][0]}.{found[-1][1]}"
    every_method = {r.python for r in verified_on.expected_runs() if r.method != "default"}
    for language, last in (("en", " and "), ("zh", " 和 ")):
        text = runs_on.every_method_versions(language)
        assert set(re.split(r", |、| and | 和 ", text)) == every_method and last in text, text


MARKERS = {
    "fork": 'skipif(not hasattr(os, "fork"), reason="x")',
    "linux": 'skipif(not sys.platform.startswith("linux"), reason="x")',
    "not windows": 'skipif(sys.platform == "win32", reason="x")',
    "waitid": 'skipif(not hasattr(os, "waitid"), reason="x")',
    "3.13+": 'skipif(sys.version_info < (3, 13), reason="x")',
    "linux default method": 'skipif(START_METHOD != "fork", reason="x")',
    "xfail": 'xfail(strict=True, reason="x")',
    "not free-threaded": 'skipif(FREE_THREADED, reason="x")',
}
LABELS = [
    ([], "every platform", "所有平台"),
    (["xfail"], "every platform", "所有平台"),
    (["fork"], "Unix (Linux, macOS)", "Unix（Linux、macOS）"),
    (["not windows"], "Unix (Linux, macOS)", "Unix（Linux、macOS）"),
    (["linux"], "Linux only", "仅 Linux"),
    # os.waitid() exists on macOS from 3.13 (gh-113536), and never on Windows.
    (["waitid"], "Linux, macOS (Python 3.13+)", "Linux、macOS（Python 3.13+）"),
    (["3.13+"], "Python 3.13+", "Python 3.13+"),
    # fork is the default start method only on Linux, and there only up to 3.13.
    (["linux default method"], "Linux only", "仅 Linux"),
    (["fork", "linux"], "Linux only", "仅 Linux"),
    # The labels describe default builds; a block skipped on a free-threaded one still runs there.
    (["not free-threaded"], "every platform", "所有平台"),
]


@pytest.mark.parametrize(
    ("names", "english", "chinese"), LABELS, ids=[" + ".join(c[0]) or "none" for c in LABELS]
)
def test_label_from_markers(names, english, chinese):
    markers = [f"<!--pytest.mark.{MARKERS[name]}-->" for name in names]
    assert runs_on.label(markers, "en") == english
    if chinese:
        assert runs_on.label(markers, "zh") == chinese


# The home page's count: "only on Unix" and "only on Linux" are blocks that run there on every Python.
KINDS = [
    ([], "everywhere"),
    (["fork"], "unix"),
    (["linux"], "linux"),
    (["3.13+"], "other"),
    (["fork", "3.13+"], "other"),
    (["linux", "3.13+"], "other"),
]


@pytest.mark.parametrize(("names", "kind"), KINDS, ids=[" + ".join(c[0]) or "none" for c in KINDS])
def test_kind_counted_on_the_home_page(names, kind):
    markers = [f"<!--pytest.mark.{MARKERS[name]}-->" for name in names]
    assert runs_on.where(markers).kind == kind


def test_every_listing_is_counted_once_per_language():
    counts = runs_on.example_kinds()
    assert counts["everywhere"] > 0 and counts["unix"] > 0 and counts["linux"] > 0
    summary = runs_on.summary("en")
    assert f"Of the site's {sum(counts.values())} code blocks" in summary


def test_ci_runs_every_start_method_the_harness_knows():
    # The list lives in scripts/run_block.py (SNIPPETS_START_METHOD, dev.py matrix); the workflow
    # cannot import it, so this holds the matrix to it.
    methods = {run.method for run in verified_on.expected_runs()} - {"default"}
    assert methods == set(START_METHODS), (
        f".github/workflows/ci.yml: the test matrix runs the start methods {sorted(methods)}, "
        f"scripts/run_block.py knows {sorted(START_METHODS)}: make them the same"
    )
