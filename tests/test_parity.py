"""The Chinese page docs/x.md and its English translation docs/x.en.md match where a reader would notice.

For each pair: the same snippet includes in the same order, the same shown
output, the same skip/xfail markers, and the same heading ids (every heading
of level 2 or more has an explicit ``{#id}``, so links survive translation).
The nav of mkdocs.yml lists every page once (the i18n plugin finds the English
file), and every nav title has an English translation.

A page whose English version was last committed before its Chinese source is
reported as possibly stale: a warning in the summary, never a failure.
"""

from __future__ import annotations

import difflib
import fnmatch
import re
import subprocess
import warnings
from dataclasses import dataclass
from functools import cache

import pytest
from mkdocs.utils.yaml import yaml_load

from blocks import INCLUDE, SnippetError, all_blocks
from check_block import refresh_command
from site_files import ROOT, is_english, outside_fences, pages, rel, twin

HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*$")
# attr_list: `## Title {#the-id}` or `## Title { #the-id .class }`
HEADING_ID = re.compile(r"\{\s*[^}]*?#([^\s}]+)[^}]*\}\s*$")


class PossiblyStaleTranslation(UserWarning):
    """The English page was last committed before its Chinese source changed."""


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


def _pairs() -> list[str]:
    """Chinese pages that have an English version (a missing one fails test_translations.py)."""
    names = [rel(p) for p in pages()]
    return [p for p in names if not is_english(p) and (ROOT / twin(p)).is_file()]


PAIRS = _pairs()
ALL_PAGES = [rel(p) for p in pages()]


def _fail(message: str) -> None:
    pytest.fail(message, pytrace=False)


# ---------------------------------------------------------------- page pairs


@pytest.mark.parametrize("zh", PAIRS)
def test_same_snippets_in_the_same_order(zh):
    en = twin(zh)
    a, b = read_page(zh).includes, read_page(en).includes
    specs_a, specs_b = [i.spec for i in a], [i.spec for i in b]
    if specs_a == specs_b:
        return
    for tag, i1, _i2, j1, _j2 in difflib.SequenceMatcher(
        a=specs_a, b=specs_b, autojunk=False
    ).get_opcodes():
        if tag == "equal":
            continue
        if tag == "replace":
            problem = (
                f"{en}:{b[j1].line}: includes {b[j1].spec!r} where {zh}:{a[i1].line} includes {a[i1].spec!r}. "
                f"Both versions must show the same snippets in the same order: include {a[i1].spec!r} "
                f"there instead (or change both pages)"
            )
        elif tag == "delete":
            problem = (
                f"{zh}:{a[i1].line}: includes {a[i1].spec!r}, but {en} does not include it at that place. "
                f"Add the same --8<-- include (and its output block) to {en}, or remove it from both pages"
            )
        else:  # insert
            problem = (
                f"{en}:{b[j1].line}: includes {b[j1].spec!r}, but {zh} does not include it at that place. "
                f"Add the same --8<-- include (and its output block) to {zh}, or remove it from both pages"
            )
        break
    _fail(
        f"{problem}.\n  {zh}: {', '.join(specs_a) or '(no includes)'}\n  {en}: {', '.join(specs_b) or '(no includes)'}"
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
        _fail(
            f"{zh} has {len(a)} Python block(s), {en} has {len(b)} (at lines "
            f"{', '.join(str(x.line) for x in a) or '-'} and {', '.join(str(x.line) for x in b) or '-'}). "
            f"Both versions must show the same code blocks in the same order"
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
        _fail("\n".join(problems))


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


@pytest.mark.parametrize("page", ALL_PAGES)
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
        _fail("\n".join(problems))


@pytest.mark.parametrize("zh", PAIRS)
def test_same_heading_ids(zh):
    en = twin(zh)
    a, b = read_page(zh).headings, read_page(en).headings
    key_a, key_b = [(h.level, h.id) for h in a], [(h.level, h.id) for h in b]
    if key_a == key_b:
        return
    for tag, i1, _i2, j1, _j2 in difflib.SequenceMatcher(
        a=key_a, b=key_b, autojunk=False
    ).get_opcodes():
        if tag == "equal":
            continue
        if tag == "replace":
            x, y = a[i1], b[j1]
            problem = (
                f"{en}:{y.line}: the heading `{'#' * y.level} {y.text}` does not match the heading at "
                f"{zh}:{x.line}, `{'#' * x.level} {x.text}`. Give the two the same level and the same {{#id}}"
            )
        elif tag == "delete":
            x = a[i1]
            problem = (
                f"{zh}:{x.line}: the heading `{'#' * x.level} {x.text}` has no counterpart in {en}. "
                f"Add it there with the same level and id `{{#{x.id}}}`, or remove it from both pages"
            )
        else:
            y = b[j1]
            problem = (
                f"{en}:{y.line}: the heading `{'#' * y.level} {y.text}` has no counterpart in {zh}. "
                f"Add it there with the same level and id `{{#{y.id}}}`, or remove it from both pages"
            )
        break

    def listing(keys):
        return " ".join(f"{'#' * level}{{#{i}}}" for level, i in keys)

    _fail(f"{problem}.\nHeadings in order:\n  {zh}: {listing(key_a)}\n  {en}: {listing(key_b)}")


# ---------------------------------------------------------------- nav


@cache
def _config() -> dict:
    with open(ROOT / "mkdocs.yml", encoding="utf-8") as f:
        return yaml_load(f)


def _nav_entries(nav, trail=()) -> list[tuple[tuple[str, ...], str | None, str | None]]:
    """(section titles, own title, file) for every nav item; file None for a section."""
    found = []
    for item in nav or []:
        if isinstance(item, str):
            found.append((trail, None, item))
        elif isinstance(item, dict):
            for title, value in item.items():
                if isinstance(value, list):
                    found.append((trail, title, None))
                    found.extend(_nav_entries(value, (*trail, title)))
                else:
                    found.append((trail, title, value))
    return found


def _is_url(target: str) -> bool:
    return "://" in target or target.startswith(("/", "mailto:"))


def _listed() -> list[str]:
    return [f for _t, _title, f in _nav_entries(_config().get("nav")) if f and not _is_url(f)]


def test_nav_lists_chinese_files_that_exist():
    listed = _listed()
    problems = []
    for f in listed:
        if is_english(f):
            problems.append(
                f"mkdocs.yml: nav lists {f}; list the Chinese file {f[: -len('.en.md')]}.md instead. The i18n "
                f"plugin puts docs/{f} in the English nav by itself"
            )
        elif not (ROOT / "docs" / f).is_file():
            problems.append(
                f"mkdocs.yml: nav lists {f}, but docs/{f} does not exist. Create it or fix the path"
            )
        elif not (ROOT / "docs" / twin(f)).is_file():
            problems.append(
                f"mkdocs.yml: nav lists {f}, but docs/{twin(f)} (its English version) does not exist"
            )
    for f in sorted({f for f in listed if listed.count(f) > 1}):
        problems.append(f"mkdocs.yml: nav lists {f} more than once")
    if problems:
        _fail("\n".join(problems))


@pytest.mark.parametrize("page", [p for p in ALL_PAGES if not is_english(p)])
def test_page_is_in_nav(page):
    inside = page[len("docs/") :]
    not_in_nav = [
        p.strip() for p in str(_config().get("not_in_nav") or "").splitlines() if p.strip()
    ]
    if inside in _listed() or any(fnmatch.fnmatch("/" + inside, p) for p in not_in_nav):
        return
    _fail(
        f"{page}: the page is not in the nav. Add `- {inside}` to the nav of mkdocs.yml, in its section "
        f"(one line serves both languages; the English page {twin(page)} is found by the i18n plugin)"
    )


def test_every_nav_title_has_a_translation():
    config = _config()
    languages = []
    for plugin in config.get("plugins", []):
        if isinstance(plugin, dict) and "i18n" in plugin:
            languages = plugin["i18n"].get("languages", [])
    problems = []
    for lang in languages:
        if lang.get("default") or not lang.get("build", True):
            continue
        translations = lang.get("nav_translations") or {}
        for trail, title, _f in _nav_entries(config.get("nav")):
            if title and title not in translations:
                where = " > ".join((*trail, title))
                problems.append(
                    f"mkdocs.yml: the nav title {where!r} has no {lang.get('name', lang['locale'])} version. "
                    f"Add `{title}: <translation>` under nav_translations of the {lang['locale']!r} language "
                    f"(plugins > i18n > languages)"
                )
    if problems:
        _fail("\n".join(problems))


# ---------------------------------------------------------------- staleness


def _last_commit_times() -> dict[str, int]:
    """Each file under docs/ and the time of the last commit that changed it; {} outside a git checkout."""
    try:
        log = subprocess.run(
            ["git", "log", "--format=%x00%ct", "--name-only", "--", "docs"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=30,
        )
    except (OSError, subprocess.TimeoutExpired):
        return {}
    if log.returncode != 0:
        return {}
    times: dict[str, int] = {}
    when = 0
    for line in log.stdout.splitlines():
        if line.startswith("\0"):
            when = int(line[1:])
        elif line.strip():
            times.setdefault(line.strip(), when)  # newest first: keep the first time seen
    return times


def possibly_stale() -> list[tuple[str, str]]:
    times = _last_commit_times()
    stale = []
    for zh in PAIRS:
        en = twin(zh)
        if zh in times and en in times and times[en] < times[zh]:
            stale.append((zh, en))
    return stale


def test_possibly_stale_translations():
    """Never fails: lists English pages whose Chinese source was committed later, as a warning."""
    for zh, en in possibly_stale():
        warnings.warn(
            f"{en} may be out of date: {zh} was changed in a later commit. Check that the English page "
            f"still says what the Chinese one does, and commit it (even a small edit) once it does",
            PossiblyStaleTranslation,
            stacklevel=1,
        )
