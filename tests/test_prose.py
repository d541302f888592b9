"""The prose of every page passes the prose lint (scripts/lint_prose.py), one test per page.

Chinese pages: autocorrect's copywriting rules (spacing between CJK and Latin
letters or digits, full-width punctuation). Every page: codespell. Fix Chinese
spacing and punctuation in one command with ``python scripts/lint_prose.py --fix``;
exceptions go in tests/prose-allowlist.txt, each with a comment why.
"""

from __future__ import annotations

import importlib.util
import sys
from functools import cache

import pytest

from codeblocks import ROOT, pages, rel


def _load_lint_prose():
    spec = importlib.util.spec_from_file_location("lint_prose", ROOT / "scripts" / "lint_prose.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


lint_prose = _load_lint_prose()
PAGES = [rel(p) for p in pages()]


@cache
def _spelling() -> dict[str, list]:
    """codespell over every page at once (one process), findings by page."""
    found: dict[str, list] = {}
    allowed = lint_prose.read_allowlist()["en"]
    for finding in lint_prose.lint_spelling(pages(), allowed):
        found.setdefault(finding.page, []).append(finding)
    return found


@pytest.mark.parametrize("page", PAGES)
def test_prose(page):
    path = ROOT / page
    findings = list(_spelling().get(page, []))
    if lint_prose.is_chinese(path):
        try:
            findings += lint_prose.lint_chinese(path, lint_prose.read_allowlist()["zh"])
        except SystemExit as e:  # autocorrect-py missing: its message says what to do
            pytest.fail(f"{page}: {e}", pytrace=False)
    if findings:
        findings.sort(key=lambda f: f.line)
        pytest.fail("\n".join(str(f) for f in findings), pytrace=False)


def test_allowlist_entries_are_explained():
    # read_allowlist() refuses an entry without a `# why` comment; this makes the refusal a test failure.
    try:
        lint_prose.read_allowlist()
    except SystemExit as e:
        pytest.fail(str(e), pytrace=False)


def test_fix_rewrites_chinese_spacing(tmp_path):
    page = tmp_path / "sample.md"
    page.write_text(
        "使用os.fork()创建进程,然后等待。\n\n```text\n输出abc,原样\n```\n", encoding="utf-8"
    )
    assert lint_prose.fix_chinese(page, [])
    assert (
        page.read_text(encoding="utf-8")
        == "使用 os.fork() 创建进程，然后等待。\n\n```text\n输出abc,原样\n```\n"
    )
