"""The terms of the glossary (docs/glossary.md, docs/glossary.en.md), as a reader would type them,
and the page that teaches each: the table's last column, a link per page.

Used by the search benchmark (tests/browser/test_search_quality.py), which asks for every term
and expects its teaching page among the first results; by scripts/search_tags_hook.py, which
makes each term a search keyword of that page; and by tests/test_search_words.py, which keeps
jieba's word list (scripts/search_words.txt) in step.
"""

from __future__ import annotations

import re
from pathlib import Path

DOCS = Path(__file__).resolve().parents[1] / "docs"
PAGES = {"zh": "glossary.md", "en": "glossary.en.md"}
# A link of the last column: [title](processes/fork.md), relative to docs/ as the glossary is.
LINK = re.compile(r"\]\(([^)#\s]+?)\.md\)")
# "过时/依版本而定" is two terms, but "I/O 密集型" is one.
TERM_SPLIT = re.compile(r"\s+/\s+|(?<!I)/(?!O)")


def _rows(language: str) -> list[list[str]]:
    """The cells of each row of the table, header and rule left out."""
    rows = []
    for line in (DOCS / PAGES[language]).read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not line.startswith("| ") or len(cells) < 3 or set(cells[0]) <= {"-", " "}:
            continue
        if cells[0] in ("中文", "Chinese"):  # the header row
            continue
        rows.append(cells)
    return rows


def _term_cell(cells: list[str], language: str) -> str:
    """The row's cell in the language's column: the first for zh, the second for en."""
    return cells[0 if language == "zh" else 1]


def _split(cell: str) -> list[str]:
    return [t.strip() for t in TERM_SPLIT.split(cell) if t.strip()]


def _row_terms(cells: list[str], language: str) -> list[str]:
    cell = _term_cell(cells, language).replace("`", "")
    return _split(re.sub(r"\s*\(.*?\)", "", cell))


def url(link: str) -> str:
    """The page's URL below the language root: processes/fork.md -> processes/fork/."""
    return "" if link == "index" else re.sub(r"(^|/)index$", r"\1", link).rstrip("/") + "/"


def terms(language: str) -> list[str]:
    """Each term of the table in its language's column: "守护进程 / 守护线程" is two terms, and
    "reentrant lock (`RLock`)" is "reentrant lock" (the benchmark asks for the API name apart)."""
    return [t for cells in _rows(language) for t in _row_terms(cells, language)]


def row_pages(language: str) -> list[tuple[str, list[str]]]:
    """Each row's terms as written, with the URLs its last column links to, in order."""
    return [(_term_cell(cells, language), _links(_page_cell(cells))) for cells in _rows(language)]


def _links(cell: str) -> list[str]:
    """The URLs a cell of the last column links to, in order."""
    return [url(link) for link in LINK.findall(cell)]


def _page_cell(cells: list[str]) -> str:
    return cells[3] if len(cells) > 3 else ""


def teaching_pages(language: str) -> dict[str, list[str]]:
    """Each term, and each abbreviation in brackets ("PID", "GIL"; not an API name in backticks),
    with the URLs of the pages that teach it, from the last column. A row of two terms whose
    pages differ gives each its own, in the same order: "[a](a.md) / [b](b.md), [c](c.md)"."""
    found: dict[str, list[str]] = {}
    for cells in _rows(language):
        row_terms = _row_terms(cells, language)
        cell = _page_cell(cells)
        parts = cell.split(" / ") if len(cell.split(" / ")) == len(row_terms) else [cell]
        pages = [_links(part) for part in parts]
        for n, term in enumerate(row_terms):
            found[term] = pages[n] if len(pages) > 1 else pages[0]
        for abbreviation in re.findall(r"\(([^)`]+)\)", _term_cell(cells, language)):
            found[abbreviation.strip()] = pages[0]
    return found
