"""The prose of every page passes the prose lint (scripts/lint_prose.py), one test per folder.

Chinese pages: autocorrect's copywriting rules (spacing between CJK and Latin
letters or digits, full-width punctuation) and the glossary's terms. Every page:
codespell and one English spelling system (WORD_RULES in the lint). Fix Chinese
spacing and punctuation in one command with ``python scripts/lint_prose.py --fix``;
exceptions go in scripts/prose-allowlist.txt, each with a comment why.
"""

from __future__ import annotations

import re
from functools import cache

import pytest

import lint_prose
import site_files
from site_files import ROOT, by_folder, pages, rel

PAGES = [rel(p) for p in pages()]
# One test per folder of docs/ (site_files.by_folder says why).
IN_FOLDER = by_folder(PAGES)


@cache
def _spelling() -> dict[str, list]:
    """codespell over every page at once (one process), findings by page."""
    found: dict[str, list] = {}
    allowed = lint_prose.read_allowlist()["en"]
    for finding in lint_prose.lint_spelling(pages(), allowed):
        found.setdefault(finding.page, []).append(finding)
    return found


@pytest.mark.parametrize("folder", IN_FOLDER)
def test_prose(folder):
    problems = []
    for page in IN_FOLDER[folder]:
        path = ROOT / page
        findings = list(_spelling().get(page, []))
        findings += lint_prose.lint_words(path, lint_prose.read_allowlist())
        if lint_prose.is_chinese(path):
            try:
                findings += lint_prose.lint_chinese(path, lint_prose.read_allowlist()["zh"])
            except SystemExit as e:  # autocorrect-py missing: its message says what to do
                pytest.fail(f"{page}: {e}", pytrace=False)
        problems += [str(f) for f in sorted(findings, key=lambda f: f.line)]
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


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


SPELLING_CASES = [
    (
        "x.en.md",
        "We proccess the queue.\n",
        3,
        "spelling: 'proccess' looks like a misspelling of process.",
    ),
    ("proccess.en.md", "Spelt right.\n", 0, "spelling in the file's name: 'proccess' looks like"),
]


@pytest.mark.parametrize("name, text, line, message", SPELLING_CASES)
def test_spelling_names_the_page_and_line(tmp_path, monkeypatch, name, text, line, message):
    # lint_spelling runs codespell in ROOT on the pages' names relative to it.
    monkeypatch.setattr(site_files, "ROOT", tmp_path)
    monkeypatch.setattr(lint_prose, "ROOT", tmp_path)
    page = tmp_path / name
    page.write_text(f"# Title\n\n{text}", encoding="utf-8")
    findings = lint_prose.lint_spelling([page], [])
    assert [(f.page, f.line) for f in findings] == [(name, line)]
    assert findings[0].message.startswith(message)


def test_spelling_stops_on_codespell_output_it_cannot_read(tmp_path, monkeypatch):
    monkeypatch.setattr(site_files, "ROOT", tmp_path)
    monkeypatch.setattr(lint_prose, "ROOT", tmp_path)
    # As if codespell changed its format: no line it prints would be read.
    monkeypatch.setattr(lint_prose, "CODESPELL_LINE", re.compile(r"(?!)"))
    page = tmp_path / "x.en.md"
    page.write_text("We proccess the queue.\n", encoding="utf-8")
    with pytest.raises(
        SystemExit, match="codespell's line 'x.en.md:1: proccess ==> process' cannot"
    ):
        lint_prose.lint_spelling([page], [])


OXFORD = "the English pages use Oxford spelling (-ize, -our, -ll-, for ever)"
GLOSSARY = "the term docs/glossary.md uses"
EN_ALLOW = "add the word under [en] in scripts/prose-allowlist.txt with a comment why"
ZH_ALLOW = "add the phrase around it under [zh] in scripts/prose-allowlist.txt with a comment why"

# (page name, one line of it, the message lint_words gives, or None for no finding)
WORD_CASES = [
    (
        "x.en.md",
        "Processes synchronise through a lock.",
        f"English spelling: 'synchronise' should read 'synchronize': {OXFORD}. Fix it; if it is "
        f"right here, {EN_ALLOW}",
    ),
    (
        "x.en.md",
        "Synchronisation costs time.",
        f"English spelling: 'Synchronisation' should read 'Synchronization': {OXFORD}. Fix it; if "
        f"it is right here, {EN_ALLOW}",
    ),
    (
        "x.en.md",
        "The pool's initialiser runs once.",
        f"English spelling: 'initialiser' should read 'initializer': {OXFORD}. Fix it; if it is "
        f"right here, {EN_ALLOW}",
    ),
    (
        "x.en.md",
        "It waits forever.",
        f"English spelling: 'forever' should read 'for ever': {OXFORD}. Fix it; if it is right "
        f"here, {EN_ALLOW}",
    ),
    (
        "x.en.md",
        "Its behavior changed.",
        f"English spelling: 'behavior' should read 'behaviour': {OXFORD}. Fix it; if it is right "
        f"here, {EN_ALLOW}",
    ),
    (
        "x.en.md",
        "The event is signaled.",
        f"English spelling: 'signaled' should read 'signalled': {OXFORD}. Fix it; if it is right "
        f"here, {EN_ALLOW}",
    ),
    ("x.en.md", "Oxford spelling: synchronize, behaviour, for ever, signalling.", None),
    ("x.en.md", "Code is not prose: `multiprocessing.synchronise`, `serve_forever()`.", None),
    ("x.en.md", "```python\nbehavior = 'forever'  # a fenced block\n```", None),
    ("x.en.md", "Link targets are not prose: [the module](https://example.org/synchronise).", None),
    (
        "x.md",
        "异步调用返回凭据。",
        f"glossary term: '凭据' should read '句柄': {GLOSSARY} (or “Future 对象” for a Future). "
        f"Fix it; if it is right here, {ZH_ALLOW}",
    ),
    (
        "x.md",
        "写入方最后放入一个结束标记。",
        f"glossary term: '结束标记' should read '哨兵值': {GLOSSARY}. Fix it; if it is right here, "
        f"{ZH_ALLOW}",
    ),
    (
        "x.md",
        "读者从队列里取数据。",
        f"glossary term: '读者' should read '读取方': {GLOSSARY}. Fix it; if it is right here, "
        f"{ZH_ALLOW}",
    ),
    ("x.md", "会让读者得出错误的结论。", None),  # the site's reader, not a queue's
    (
        "x.md",
        "在标准构建上输出如上。",
        f"glossary term: '标准构建' should read '默认构建': {GLOSSARY}. Fix it; if it is right "
        f"here, {ZH_ALLOW}",
    ),
    (
        "x.en.md",
        "Tested on standard CPython builds.",
        f"glossary term: 'standard CPython builds' should read 'default CPython builds': "
        f"{GLOSSARY}. Fix it; if it is right here, {EN_ALLOW}",
    ),
    (
        "x.en.md",
        "A Lock is not re-entrant.",
        f"glossary term: 're-entrant' should read 'reentrant': {GLOSSARY}. Fix it; if it is "
        f"right here, {EN_ALLOW}",
    ),
    ("x.md", "代码里的 `凭据` 和 `结束标记` 不算。", None),
    ("x.en.md", "凭据 | handle", None),  # Chinese terms are checked on Chinese pages only
    (
        "x.md",
        "Chinese pages' English is checked too: synchronise.",
        "English spelling: 'synchronise'",
    ),
]


@pytest.mark.parametrize("name, text, message", WORD_CASES)
def test_word_rules(tmp_path, monkeypatch, name, text, message):
    monkeypatch.setattr(site_files, "ROOT", tmp_path)
    page = tmp_path / name
    page.write_text(f"# Title\n\n{text}\n", encoding="utf-8")
    findings = lint_prose.lint_words(page, {"en": [], "zh": []})
    if message is None:
        assert findings == []
    else:
        assert len(findings) == 1
        assert (findings[0].page, findings[0].line) == (name, 3)
        assert findings[0].message.startswith(message)


def test_word_rules_allowlist(tmp_path, monkeypatch):
    monkeypatch.setattr(site_files, "ROOT", tmp_path)
    page = tmp_path / "x.md"
    page.write_text("原笔记写的是“放入结束标记”。It waits forever.\n", encoding="utf-8")
    assert lint_prose.lint_words(page, {"en": ["forever"], "zh": ["放入结束标记"]}) == []
