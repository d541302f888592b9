"""The cheat sheet (docs/cheatsheet.md, docs/cheatsheet.en.md) only lists calls the site really teaches.

Each table row names a call in its first cell (`Process.join(timeout=None)`,
`Pool(processes=None)`, `as_completed(fs, timeout=None)`, `with Pool() as pool:`)
and links the section that teaches it in its last cell. The linked page must
have a code block (its included snippet) that makes that call: the class, or
what returns such an object, and `.method(` in the same block; for a
constructor or a function, its name followed by `(`. Both languages list the
same calls with the same links, in the same order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from blocks import all_blocks
from site_files import ROOT, is_english, outside_fences, rel, twin

CHEATSHEETS = ["docs/cheatsheet.md", "docs/cheatsheet.en.md"]

# `Process.join(timeout=None)`, `multiprocessing.Queue(maxsize=0)`, `with Pool() as pool:`
CALL = re.compile(r"^`(?P<with>with )?(?P<name>[A-Za-z_][\w.]*)\(")
LINK = re.compile(r"\]\((?P<path>[^)#]+)(?:#(?P<anchor>[^)]*))?\)")
# Objects a snippet gets from a call rather than by naming their class.
MADE_BY = {
    "AsyncResult": ["apply_async("],
    "Future": ["submit("],
    "Executor": ["ThreadPoolExecutor", "ProcessPoolExecutor"],
}


@dataclass
class Row:
    page: str  # the cheat sheet
    line: int
    call: str  # the first cell, without its backticks
    target: str  # the link as written: "processes/pool.md#apply-async"
    linked_page: str  # the page it points to, in the cheat sheet's language
    name: str  # "Process.join", "multiprocessing.Queue", "as_completed"
    with_statement: bool

    @property
    def where(self) -> str:
        return f"{self.page}:{self.line}"


def read_rows(page: str) -> list[Row]:
    lines = (ROOT / page).read_text(encoding="utf-8").splitlines()
    rows = []
    for n, line in outside_fences(lines):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        m = CALL.match(cells[0]) if line.startswith("|") else None
        if not m:
            continue  # not a table row, or a header or separator row
        link = LINK.search(cells[-1])
        assert link, (
            f"{page}:{n}: the last cell of the row needs a link to the section that teaches the call"
        )
        linked = rel((ROOT / page).parent / link["path"])
        rows.append(
            Row(
                page,
                n,
                cells[0].strip("`"),
                link[0][2:-1],
                twin(linked) if is_english(page) else linked,
                m["name"],
                bool(m["with"]),
            )
        )
    return rows


def word(name: str) -> re.Pattern:
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")


def is_used(row: Row, code: str) -> bool:
    """Does this block's code make the call the row names?"""
    parts = row.name.split(".")
    classes = [i for i, part in enumerate(parts) if part[0].isupper()]
    if row.with_statement:  # `with Pool() as pool:`
        return re.search(rf"^\s*with .*(?<!\w){re.escape(row.name)}\(", code, re.M) is not None
    if not classes or classes[-1] == len(parts) - 1:  # a function or a constructor
        return re.search(rf"(?<!\w){re.escape(row.name)}\(", code) is not None
    cls, method = parts[classes[-1]], parts[-1]
    qualified = ".".join(parts[: classes[-1] + 1])  # "multiprocessing.Queue", "Lock"
    has_object = word(qualified).search(code) or any(m in code for m in MADE_BY.get(cls, []))
    return bool(has_object) and f".{method}(" in code


def what_it_calls(row: Row) -> str:
    parts = row.name.split(".")
    if row.with_statement:
        return f"`with {row.name}(...)`"
    if parts[-1][0].isupper() or len(parts) == 1:
        return f"{row.name}()"
    return f".{parts[-1]}() on a {'.'.join(parts[:-1])}"


def test_every_group_has_rows():
    for page in CHEATSHEETS:
        assert len(read_rows(page)) >= 20, (
            f"{page}: found too few table rows; is the table format intact?"
        )


def problem_of(row: Row) -> str | None:
    """Why a row's link does not lead to a page that uses the call, or None."""
    blocks = all_blocks().get(row.linked_page)
    if blocks is None:
        return f"{row.where}: row `{row.call}` links to {row.target}, a page that does not exist"
    if isinstance(blocks, Exception):
        return f"{row.where}: cannot read {row.linked_page}: {blocks}"
    if not any(is_used(row, block.code) for block in blocks):
        return (
            f"{row.where}: row `{row.call}` links to {row.target}, but no snippet on "
            f"{row.linked_page} calls {what_it_calls(row)}: link the page that teaches it, "
            f"or add a snippet there"
        )
    return None


# One test per cheat sheet, not per row (site_files.by_folder says why); a failure names each row.
@pytest.mark.parametrize("page", CHEATSHEETS)
def test_linked_page_uses_the_call(page):
    problems = [p for p in map(problem_of, read_rows(page)) if p]
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_both_languages_have_the_same_rows():
    zh, en = (read_rows(page) for page in CHEATSHEETS)
    zh_rows = [(r.call, r.target) for r in zh]
    en_rows = [(r.call, r.target) for r in en]
    for z, e in zip(zh, en):
        assert (z.call, z.target) == (e.call, e.target), (
            f"{z.where} has `{z.call}` -> {z.target}, but {e.where} has `{e.call}` -> {e.target}: "
            f"both languages list the same calls with the same links, in the same order"
        )
    assert len(zh_rows) == len(en_rows), (
        f"{CHEATSHEETS[0]} has {len(zh_rows)} rows, {CHEATSHEETS[1]} has {len(en_rows)}: "
        f"both languages list the same calls"
    )
