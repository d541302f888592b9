"""The nav of mkdocs.yml lists every page once, and every nav title has an English translation.

The nav lists the Chinese file (docs/x.md) only: the i18n plugin finds its
English version (docs/x.en.md) by itself.

A chapter whose index shows its reading path (READING_PATHS) lists its pages there
in the nav's order, each with what it assumes, and has a heading for each part of
the chapter that the nav makes a section of its own (such as "深入 Unix").
"""

from __future__ import annotations

import fnmatch
import posixpath
import re
from functools import cache

import pytest
import yaml

from site_files import (
    ROOT,
    by_folder,
    i18n_languages,
    is_english,
    mkdocs_config,
    nav_translations,
    outside_fences,
    pages,
    reading_path,
    rel,
    twin,
)


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


@cache
def _nav_lines() -> dict[tuple[tuple[str, ...], str | None, str | None], list[int]]:
    """The lines of mkdocs.yml of each nav item, keyed as _nav_entries gives the item."""
    with open(ROOT / "mkdocs.yml", encoding="utf-8") as f:
        # compose: the nodes with their lines, no tag (such as !ENV) read
        root = yaml.compose(f, Loader=yaml.SafeLoader)
    found: dict[tuple[tuple[str, ...], str | None, str | None], list[int]] = {}

    def walk(node, trail):
        for item in node.value if isinstance(node, yaml.SequenceNode) else []:
            if isinstance(item, yaml.ScalarNode):
                found.setdefault((trail, None, item.value), []).append(item.start_mark.line + 1)
            elif isinstance(item, yaml.MappingNode):
                for key, value in item.value:
                    line = key.start_mark.line + 1
                    if isinstance(value, yaml.SequenceNode):
                        found.setdefault((trail, key.value, None), []).append(line)
                        walk(value, (*trail, key.value))
                    else:
                        found.setdefault((trail, key.value, value.value), []).append(line)

    for key, value in root.value if isinstance(root, yaml.MappingNode) else []:
        if key.value == "nav":
            walk(value, ())
    return found


def _in_mkdocs_yml(*entries: tuple[tuple[str, ...], str | None, str | None]) -> str:
    """mkdocs.yml and the first line of these nav items ("mkdocs.yml:70"), or "mkdocs.yml" if none is found."""
    lines = _nav_lines()
    found = sorted(n for entry in entries for n in lines.get(entry, []))
    return f"mkdocs.yml:{found[0]}" if found else "mkdocs.yml"


def _is_url(target: str) -> bool:
    return "://" in target or target.startswith(("/", "mailto:"))


def _listed() -> list[str]:
    return [f for _t, _title, f in _nav_entries(mkdocs_config().get("nav")) if f and not _is_url(f)]


def test_nav_lists_chinese_files_that_exist():
    entries = [e for e in _nav_entries(mkdocs_config().get("nav")) if e[2] and not _is_url(e[2])]
    listed = [f for _t, _title, f in entries]
    problems = []
    for entry in entries:
        f, at = entry[2], _in_mkdocs_yml(entry)
        if is_english(f):
            problems.append(
                f"{at}: nav lists {f}; list the Chinese file {f[: -len('.en.md')]}.md instead. The i18n "
                f"plugin puts docs/{f} in the English nav by itself"
            )
        elif not (ROOT / "docs" / f).is_file():
            problems.append(
                f"{at}: nav lists {f}, but docs/{f} does not exist. Create it or fix the path"
            )
        elif not (ROOT / "docs" / twin(f)).is_file():
            problems.append(
                f"{at}: nav lists {f}, but docs/{twin(f)} (its English version) does not exist"
            )
    for f in sorted({f for f in listed if listed.count(f) > 1}):
        twice = [e for e in entries if e[2] == f]
        lines = sorted(n for e in set(twice) for n in _nav_lines().get(e, []))
        problems.append(
            f"{_in_mkdocs_yml(*twice)}: nav lists {f} more than once "
            f"(lines {', '.join(map(str, lines))}); keep one"
        )
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


# One test per folder of docs/ (site_files.by_folder says why).
CHINESE_IN_FOLDER = by_folder([rel(p) for p in pages() if not is_english(p)])


@pytest.mark.parametrize("folder", CHINESE_IN_FOLDER)
def test_every_page_is_in_nav(folder):
    not_in_nav = [
        p.strip() for p in str(mkdocs_config().get("not_in_nav") or "").splitlines() if p.strip()
    ]
    problems = [
        f"{page}: the page is not in the nav. Add `- {inside}` to the nav of mkdocs.yml, in its "
        f"section (one line serves both languages; the English page {twin(page)} is found by the "
        f"i18n plugin)"
        for page in CHINESE_IN_FOLDER[folder]
        if (inside := page[len("docs/") :]) not in _listed()
        and not any(fnmatch.fnmatch("/" + inside, p) for p in not_in_nav)
    ]
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_every_nav_title_has_a_translation():
    config = mkdocs_config()
    problems = []
    for lang in i18n_languages():
        if lang.get("default") or not lang.get("build", True):
            continue
        translations = lang.get("nav_translations") or {}
        for trail, title, f in _nav_entries(config.get("nav")):
            if title and title not in translations:
                where = " > ".join((*trail, title))
                problems.append(
                    f"{_in_mkdocs_yml((trail, title, f))}: the nav title {where!r} has no {lang.get('name', lang['locale'])} version. "
                    f"Add `{title}: <translation>` under nav_translations of the {lang['locale']!r} language "
                    f"(plugins > i18n > languages)"
                )
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


# The chapter indexes that show their reading path: an ordered list of the chapter's pages,
# in the nav's order, each item followed by a line saying what the page assumes.
READING_PATHS = ("processes/index.md", "threads/index.md", "beyond/index.md")
ASSUMES = {"zh": "前提：", "en": "Assumes:"}
HEADING_TEXT = re.compile(r"^#{2,6}\s+(.*?)\s*(\{[^}]*\})?\s*$")


def _chapter(index: str) -> tuple[list[str], list[str]]:
    """The pages after `index` in its nav section, in order, and the titles of the sections inside it."""
    chapter_pages, parts, trail_of_index = [], [], None
    for trail, title, f in _nav_entries(mkdocs_config().get("nav")):
        if f == index:
            trail_of_index = trail
        elif trail_of_index is not None and trail[: len(trail_of_index)] == trail_of_index:
            if f:
                chapter_pages.append(f)
            else:
                parts.append(title)
        elif trail_of_index is not None and trail_of_index:
            break
    return chapter_pages, parts


@pytest.mark.parametrize(
    "index", [f"docs/{i}" for i in READING_PATHS] + [f"docs/{twin(i)}" for i in READING_PATHS]
)
def test_chapter_index_shows_the_nav_order(index):
    inside = index[len("docs/") :]
    chinese = twin(inside) if is_english(inside) else inside
    expected, parts = _chapter(chinese)
    lines = (ROOT / index).read_text(encoding="utf-8").splitlines()
    headings = [h.group(1) for _n, line in outside_fences(lines) if (h := HEADING_TEXT.match(line))]
    listed = [
        (n, posixpath.normpath(posixpath.join(posixpath.dirname(chinese), page)))
        for n, page, _rest in reading_path(lines)
    ]
    missing_assumes = []
    assumes = ASSUMES["en" if is_english(index) else "zh"]
    for i, (n, _page) in enumerate(listed):
        end = listed[i + 1][0] if i + 1 < len(listed) else len(lines) + 1
        if not any(lines[k - 1].strip().startswith(assumes) for k in range(n + 1, end)):
            missing_assumes.append(
                f"{index}:{n}: no line starting with {assumes!r} says what this page assumes"
            )
    problems = []
    if [p for _n, p in listed] != expected:
        problems.append(
            f"{index}: the reading path lists\n  {[p for _n, p in listed]}\nbut the nav of mkdocs.yml has this "
            f"chapter in the order\n  {expected}\nList the pages as numbered items (`1. [Title](page.md): ...`) "
            f"in the nav's order"
        )
    problems += missing_assumes
    for part in parts:
        title = nav_translations("en").get(part, part) if is_english(index) else part
        if not any(h.startswith(title) for h in headings):
            problems.append(
                f"{index}: the nav has a section {title!r} in this chapter, but the index has no heading for it; "
                f"add `## {title} {{#id}}` above its pages"
            )
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
