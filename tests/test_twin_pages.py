"""The Chinese page docs/x.md and its English translation docs/x.en.md match where a reader would notice.

For each pair: the same snippet includes in the same order, the same shown
output, the same skip/xfail markers, and the same heading ids (every heading
of level 2 or more has an explicit ``{#id}``, so links survive translation).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import cache

import pytest

from blocks import INCLUDE, SnippetError, all_blocks
from check_block import refresh_command
from site_files import ROOT, is_english, outside_fences, pages, rel, translated_pages, twin

HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*$")
# attr_list: `## Title {#the-id}` or `## Title { #the-id .class }`
HEADING_ID = re.compile(r"\{\s*[^}]*?#([^\s}]+)[^}]*\}\s*$")

# A page without its English version fails tests/test_translations.py instead.
PAIRS = translated_pages()


@dataclass
class Heading:
    line: int
    level: int
    text: str
    id: str | None


@dataclass
class Included:
    line: int
    spec: str


@dataclass
class Page:
    name: str
    headings: list[Heading]
    includes: list[Included]


@cache
def read_page(name: str) -> Page:
    lines = (ROOT / name).read_text(encoding="utf-8").splitlines()
    includes = [
        Included(n, m["spec"])
        for n, line in enumerate(lines, start=1)
        if (m := INCLUDE.match(line))
    ]
    headings = []
    for n, line in outside_fences(lines):
        h = HEADING.match(line)
        if h:
            text = h.group(2).rstrip("#").rstrip()
            i = HEADING_ID.search(text)
            headings.append(Heading(n, len(h.group(1)), text, i.group(1) if i else None))
    return Page(name, headings, includes)


def _first_difference(a: list, b: list) -> tuple[str, int, int]:
    """Where two different sequences first differ: difflib's "replace", "delete" (an item of `a`
    missing from `b`) or "insert" (an item of `b` missing from `a`), and the index in each."""
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    return next((tag, i1, j1) for tag, i1, _, j1, _ in matcher.get_opcodes() if tag != "equal")


@pytest.mark.parametrize("zh", PAIRS)
def test_same_snippets_in_the_same_order(zh):
    en = twin(zh)
    a, b = read_page(zh).includes, read_page(en).includes
    specs_a, specs_b = [i.spec for i in a], [i.spec for i in b]
    if specs_a == specs_b:
        return
    tag, i, j = _first_difference(specs_a, specs_b)
    if tag == "replace":
        problem = (
            f"{en}:{b[j].line}: includes {b[j].spec!r} where {zh}:{a[i].line} includes {a[i].spec!r}. "
            f"Both versions must show the same snippets in the same order: include {a[i].spec!r} "
            f"there instead (or change both pages)"
        )
    elif tag == "delete":
        problem = (
            f"{zh}:{a[i].line}: includes {a[i].spec!r}, but {en} does not include it at that place. "
            f"Add the same --8<-- include (and its output block) to {en}, or remove it from both pages"
        )
    else:
        problem = (
            f"{en}:{b[j].line}: includes {b[j].spec!r}, but {zh} does not include it at that place. "
            f"Add the same --8<-- include (and its output block) to {zh}, or remove it from both pages"
        )
    pytest.fail(
        f"{problem}.\n  {zh}: {', '.join(specs_a) or '(no includes)'}\n  {en}: {', '.join(specs_b) or '(no includes)'}",
        pytrace=False,
    )


def _blocks(page: str):
    blocks = all_blocks().get(page)
    if isinstance(blocks, SnippetError):
        pytest.skip(f"{page} cannot be read (test_pages reports why): {blocks}")
    return blocks or []


def _normalize(mark: str) -> str:
    return re.sub(r"\s+", "", mark)


@pytest.mark.parametrize("zh", PAIRS)
def test_same_output_and_markers(zh):
    en = twin(zh)
    a, b = _blocks(zh), _blocks(en)
    if len(a) != len(b):
        pytest.fail(
            f"{zh} has {len(a)} Python block(s), {en} has {len(b)} (at lines "
            f"{', '.join(str(x.line) for x in a) or '-'} and {', '.join(str(x.line) for x in b) or '-'}). "
            f"Both versions must show the same code blocks in the same order",
            pytrace=False,
        )
    problems = []
    for x, y in zip(a, b):
        if [_normalize(m) for m in x.marks] != [_normalize(m) for m in y.marks]:
            problems.append(
                f"{y.where}: the block has the markers {y.marks or 'none'}, but its twin at {x.where} has "
                f"{x.marks or 'none'}. A block is skipped (or expected to fail) in both languages or in neither: "
                f"copy the <!--pytest.mark...--> line above the fence so that both pages have the same one"
            )
        shown_x, shown_y = x.output, y.output
        if shown_x is None and shown_y is not None:
            problems.append(
                f"{y.where}: shows output (at {en}:{shown_y.line}), but its twin at {x.where} shows none. "
                f"Both versions show the same output: run `{refresh_command(zh)}`, or remove the output block "
                f"from {en} if the code prints nothing"
            )
        elif shown_y is None and shown_x is not None:
            problems.append(
                f"{x.where}: shows output (at {zh}:{shown_x.line}), but its twin at {y.where} shows none. "
                f"Both versions show the same output: run `{refresh_command(zh)}`, which adds it to {en}"
            )
        elif shown_x and shown_y and shown_x.text != shown_y.text:
            diff = "".join(
                difflib.unified_diff(
                    shown_x.text.splitlines(keepends=True),
                    shown_y.text.splitlines(keepends=True),
                    f"{zh}:{shown_x.line}",
                    f"{en}:{shown_y.line}",
                )
            )
            problems.append(
                f"{y.where}: shows different output (at {en}:{shown_y.line}) than its twin at {x.where} (at "
                f"{zh}:{shown_x.line}). Shown output is what the code prints, the same in both languages "
                f"(only the fence title differs, 输出/Output): run `{refresh_command(zh)}`:\n{diff}"
            )
        variants_x = [(_normalize(v.condition), v.text) for v in x.variants]
        variants_y = [(_normalize(v.condition), v.text) for v in y.variants]
        if variants_x != variants_y:
            problems.append(
                f"{y.where}: its <!--expected-output-when: ...--> outputs {_describe(y.variants)} differ from its "
                f"twin's at {x.where} {_describe(x.variants)}. Both versions show the same outputs under the same "
                f"conditions: copy them from {zh} (only the fence titles are translated)"
            )
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def _describe(variants) -> str:
    return "(" + ("; ".join(f"line {v.line}: when {v.condition}" for v in variants) or "none") + ")"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _suggest_id(page: str, n: int, heading: Heading, twin_headings: list[Heading]) -> str:
    """The id the twin page uses for the same heading, else one made of the English heading's words."""
    same = twin_headings[n] if n < len(twin_headings) else None
    if same and same.level == heading.level and same.id:
        return same.id
    english = heading.text if is_english(page) else (same.text if same else "")
    return _slug(english) or "an-english-id"


@pytest.mark.parametrize("page", [rel(p) for p in pages()])
def test_headings_have_explicit_ids(page):
    headings = read_page(page).headings
    other = twin(page)
    twin_headings = read_page(other).headings if (ROOT / other).is_file() else []
    problems, seen = [], {}
    for n, h in enumerate(headings):
        if h.level >= 2 and h.id is None:
            problems.append(
                f"{page}:{h.line}: add an explicit id to this heading, like "
                f"`{'#' * h.level} {h.text} {{#{_suggest_id(page, n, h, twin_headings)}}}` (English words, "
                f"the same id in both languages), so that links to it survive translation"
            )
        if h.id is not None:
            if h.id in seen:
                problems.append(
                    f"{page}:{h.line}: the id #{h.id} is used twice (also at line {seen[h.id]})"
                )
            seen[h.id] = h.line
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


@pytest.mark.parametrize("zh", PAIRS)
def test_same_heading_ids(zh):
    en = twin(zh)
    a, b = read_page(zh).headings, read_page(en).headings
    key_a, key_b = [(h.level, h.id) for h in a], [(h.level, h.id) for h in b]
    if key_a == key_b:
        return
    tag, i, j = _first_difference(key_a, key_b)
    if tag == "replace":
        x, y = a[i], b[j]
        problem = (
            f"{en}:{y.line}: the heading `{'#' * y.level} {y.text}` does not match the heading at "
            f"{zh}:{x.line}, `{'#' * x.level} {x.text}`. Give the two the same level and the same {{#id}}"
        )
    elif tag == "delete":
        x = a[i]
        problem = (
            f"{zh}:{x.line}: the heading `{'#' * x.level} {x.text}` has no counterpart in {en}. "
            f"Add it there with the same level and id `{{#{x.id}}}`, or remove it from both pages"
        )
    else:
        y = b[j]
        problem = (
            f"{en}:{y.line}: the heading `{'#' * y.level} {y.text}` has no counterpart in {zh}. "
            f"Add it there with the same level and id `{{#{y.id}}}`, or remove it from both pages"
        )

    def listing(keys):
        return " ".join(f"{'#' * level}{{#{i}}}" for level, i in keys)

    pytest.fail(
        f"{problem}.\nHeadings in order:\n  {zh}: {listing(key_a)}\n  {en}: {listing(key_b)}",
        pytrace=False,
    )
