"""The errata pages (docs/errata.md, docs/errata.en.md) stay consistent with themselves and each other.

Each entry is ``### E07 §04：“…” {#e07}`` followed by its fields, among them
``- **类别**：…`` (``- **Category**: …``), and at least one snippet from
snippets/errata/. The summary table (entries per category and chapter) and the
by-section table are counted from the entries, so they cannot drift; both pages
list the same entries, in the same sections, with the same categories. A broken
pattern (``snippets/errata/eNN_broken_*.py``) must be marked
``<!--pytest.mark.xfail(strict=True, raises=..., ...)-->``, raises= naming the way it fails, and
be followed by its correction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pytest

from blocks import SnippetError, all_blocks
from run_block import RUN_FAILURES
from site_files import ROOT, SNIPPETS

KINDS = ", ".join(kind.__name__ for kind in RUN_FAILURES)

PAGES = {"zh": "docs/errata.md", "en": "docs/errata.en.md"}
# The seven categories, in the order of the summary table: (Chinese, English).
CATEGORIES = [
    ("笔误", "typo"),
    ("错误的 API", "wrong API"),
    ("事实错误", "wrong fact"),
    ("过时/依版本而定", "outdated / version-dependent"),
    ("误导", "misleading"),
    ("代码有误", "broken code"),
    ("缺少说明", "missing caveat"),
]
CHAPTERS = [("processes", range(1, 11)), ("threads", range(11, 25))]
FIELDS = {
    "zh": {"category": "类别", "correction": "更正", "holds": "适用", "link": "详解"},
    "en": {
        "category": "Category",
        "correction": "Correction",
        "holds": "Holds for",
        "link": "Learn more",
    },
}
TOTAL = {"zh": "合计", "en": "Total"}
NONE_FOUND = {"zh": "未发现错误", "en": "none found"}

ENTRY = re.compile(r"^### (E\d{2}) §(\d{2})[：:] ?[“\"](.+)[”\"] \{#(e\d{2})\}\s*$")
HEADING = re.compile(r"^#{1,6} ")
FIELD = re.compile(r"^- \*\*(.+?)\*\*[：:]\s*(.*)$")


@dataclass
class Entry:
    id: str
    section: int
    quote: str
    line: int
    fields: dict[str, str] = field(default_factory=dict)
    snippets: list[tuple[str, list[str]]] = field(default_factory=list)  # (path, marks)

    @property
    def chapter(self) -> str:
        return next(name for name, sections in CHAPTERS if self.section in sections)


def _lines(lang: str) -> list[str]:
    return (ROOT / PAGES[lang]).read_text(encoding="utf-8").splitlines()


def entries(lang: str) -> list[Entry]:
    page = PAGES[lang]
    found: list[Entry] = []
    current = None
    for n, line in enumerate(_lines(lang), 1):
        if HEADING.match(line):
            m = ENTRY.match(line)
            if line.startswith("### E") and not m:
                pytest.fail(
                    f"{page}:{n}: an entry heading must read like `### E07 §04：“…” {{#e07}}` "
                    f'(on the English page `### E07 §04: "…" {{#e07}}`)',
                    pytrace=False,
                )
            current = Entry(m[1], int(m[2]), m[3], n) if m else None
            if current:
                if current.id.lower() != m[4]:
                    pytest.fail(f"{page}:{n}: {current.id} has the id {{#{m[4]}}}", pytrace=False)
                found.append(current)
            continue
        if current:
            f = FIELD.match(line)
            if f:
                current.fields[f[1]] = f[2]
    blocks = all_blocks()[page]
    if isinstance(blocks, SnippetError):
        pytest.fail(str(blocks), pytrace=False)
    for block in blocks:
        owner = [e for e in found if e.line < block.line]
        if owner:
            owner[-1].snippets.extend((inc.path, block.marks) for inc in block.includes)
    return found


def _table(lang: str, anchor: str) -> list[list[str]]:
    """The rows of the first table after the heading with this id, header and rule excluded."""
    lines = _lines(lang)
    start = next(
        i for i, line in enumerate(lines) if line.startswith("## ") and f"{{#{anchor}}}" in line
    )
    rows = []
    for line in lines[start + 1 :]:
        if HEADING.match(line):
            break
        if line.startswith("|"):
            rows.append(
                [cell.strip().strip("*").strip() for cell in line.strip().strip("|").split("|")]
            )
        elif rows:
            break
    return rows[2:]


@pytest.mark.parametrize("lang", PAGES)
def test_entries_are_numbered_in_order(lang):
    ids = [e.id for e in entries(lang)]
    assert ids, f"{PAGES[lang]}: no entry found"
    expected = [f"E{i:02d}" for i in range(1, len(ids) + 1)]
    assert ids == expected, (
        f"{PAGES[lang]}: entries must be numbered E01, E02, … in order; found {ids}"
    )


@pytest.mark.parametrize("lang", PAGES)
def test_each_entry_is_complete(lang):
    names = FIELDS[lang]
    categories = [c[0 if lang == "zh" else 1] for c in CATEGORIES]
    problems = []
    for e in entries(lang):
        where = f"{PAGES[lang]}:{e.line}: {e.id}"
        for key in ("category", "correction", "holds", "link"):
            if not e.fields.get(names[key]):
                problems.append(f"{where} has no `- **{names[key]}**` field")
        if e.fields.get(names["category"]) not in categories:
            problems.append(
                f"{where}: category {e.fields.get(names['category'])!r} is not one of {categories}"
            )
        if not re.search(r"\]\([^)]+\.md(#[a-z0-9-]+)?\)", e.fields.get(names["link"], "")):
            problems.append(
                f"{where}: `{names['link']}` must link to the article section (page.md#anchor)"
            )
        if not 1 <= e.section <= 24:
            problems.append(f"{where}: the notes have sections §01 to §24")
        if not e.snippets:
            problems.append(f"{where} shows no snippet (snippets/errata/{e.id.lower()}_*.py)")
        for path, marks in e.snippets:
            if not path.startswith(f"snippets/errata/{e.id.lower()}_"):
                problems.append(
                    f"{where} shows {path}; its snippets are snippets/errata/{e.id.lower()}_*.py"
                )
            # raises=: the way it fails (run_block.RUN_FAILURES), so that a typo fails the test.
            strict_xfail = any(
                m.startswith("pytest.mark.xfail(") and "strict=True" in m and "raises=" in m
                for m in marks
            )
            broken = "_broken_" in path
            if broken and not strict_xfail:
                problems.append(
                    f"{where}: {path} is a broken pattern; mark it <!--pytest.mark.xfail(strict=True, "
                    f"raises=..., reason=...)--> with the way it fails: {KINDS}"
                )
            if not broken and any(m.startswith("pytest.mark.xfail") for m in marks):
                problems.append(
                    f"{where}: {path} is marked xfail but is not a broken pattern (eNN_broken_*.py)"
                )
        if any("_broken_" in p for p, _ in e.snippets) and all(
            "_broken_" in p for p, _ in e.snippets
        ):
            problems.append(f"{where} shows a broken pattern but not its correction")
    assert not problems, "\n".join(problems)


def test_both_languages_list_the_same_entries():
    zh, en = entries("zh"), entries("en")
    differ = [
        f"docs/errata.md:{a.line} ({a.id} §{a.section:02d}) but docs/errata.en.md:{b.line} "
        f"({b.id} §{b.section:02d})"
        for a, b in zip(zh, en)
        if (a.id, a.section, a.quote) != (b.id, b.section, b.quote)
    ]
    assert len(zh) == len(en) and not differ, (
        f"docs/errata.md ({len(zh)} entries) and docs/errata.en.md ({len(en)}) must have the same "
        f"entries: same ids, sections and quoted words. First difference: {differ[:1] or 'the count'}"
    )
    to_en = dict(CATEGORIES)
    for a, b in zip(zh, en):
        assert to_en.get(a.fields.get("类别")) == b.fields.get("Category"), (
            f"{a.id}: category {a.fields.get('类别')!r} (docs/errata.md:{a.line}) but "
            f"{b.fields.get('Category')!r} (docs/errata.en.md:{b.line})"
        )
        assert a.snippets == b.snippets, (
            f"{a.id}: docs/errata.md:{a.line} and docs/errata.en.md:{b.line} show different "
            f"snippets or markers: {a.snippets} / {b.snippets}"
        )


@pytest.mark.parametrize("lang", PAGES)
def test_summary_table_counts_the_entries(lang):
    listed = entries(lang)
    key = FIELDS[lang]["category"]
    rows = {row[0]: row[1:] for row in _table(lang, "summary")}
    problems = []
    for zh_name, en_name in CATEGORIES:
        name = zh_name if lang == "zh" else en_name
        counts = [
            sum(1 for e in listed if e.fields.get(key) == name and e.chapter == ch)
            for ch, _ in CHAPTERS
        ]
        expected = [str(c) for c in counts] + [str(sum(counts))]
        if rows.get(name) != expected:
            problems.append(
                f"row {name!r}: the entries give {expected}, the table says {rows.get(name)}"
            )
    counts = [sum(1 for e in listed if e.chapter == ch) for ch, _ in CHAPTERS]
    expected = [str(c) for c in counts] + [str(len(listed))]
    if rows.get(TOTAL[lang]) != expected:
        problems.append(
            f"row {TOTAL[lang]!r}: the entries give {expected}, the table says {rows.get(TOTAL[lang])}"
        )
    extra = set(rows) - {c[0 if lang == "zh" else 1] for c in CATEGORIES} - {TOTAL[lang]}
    if extra:
        problems.append(f"rows that are not categories: {sorted(extra)}")
    assert not problems, f"{PAGES[lang]}, table under {{#summary}}:\n" + "\n".join(problems)


@pytest.mark.parametrize("lang", PAGES)
def test_section_table_lists_the_entries(lang):
    listed = entries(lang)
    rows = _table(lang, "by-section")
    assert [row[0][:3] for row in rows] == [f"§{s:02d}" for s in range(1, 25)], (
        f"{PAGES[lang]}, table under {{#by-section}}: one row per section, §01 to §24; found "
        f"{[row[0][:3] for row in rows]}"
    )
    for row in rows:
        section = int(row[0][1:3])
        ids = [e.id for e in listed if e.section == section]
        shown = re.findall(r"\[(E\d{2})\]\(#(e\d{2})\)", row[1])
        expected_cell = [(i, i.lower()) for i in ids]
        if ids:
            assert shown == expected_cell, (
                f"{PAGES[lang]}: §{section:02d} lists {shown}, the entries are {ids}"
            )
        else:
            assert row[1] == NONE_FOUND[lang], (
                f"{PAGES[lang]}: §{section:02d} has no entry; write {NONE_FOUND[lang]!r}"
            )


def test_every_errata_snippet_is_shown():
    shown = {path for e in entries("zh") for path, _ in e.snippets}
    files = {p.relative_to(ROOT).as_posix() for p in (SNIPPETS / "errata").glob("*.py")}
    assert files <= shown, f"snippets/errata files no entry shows: {sorted(files - shown)}"


@pytest.mark.parametrize("lang", PAGES)
def test_glossary_defines_the_categories(lang):
    path = "docs/glossary.md" if lang == "zh" else "docs/glossary.en.md"
    glossary = (ROOT / path).read_text(encoding="utf-8")
    rows = {
        tuple(c.strip() for c in line.strip().strip("|").split("|")[:2])
        for line in glossary.splitlines()
    }
    missing = [c for c in CATEGORIES if c not in rows]
    assert not missing, (
        f"{path} has no row for the errata categories {missing} (| 中文 | English | … |)"
    )
