"""The correction boxes on the chapter pages and the errata page agree.

A chapter page corrects the notes in a ``!!! warning "勘误"`` box (``!!! warning
"Correction"`` in English). The box is about the notes' section it names
(``原笔记第 10 节`` / ``section 10 of the original notes``) or, when it names none,
about the sections its page covers, as the chapter's index says in the page's item of
its reading path (``5. [竞争条件](race.md)：…。原笔记 §17。``). For every box:

- the errata page has an entry for one of those sections (``### E53 §17：“…”``);
- the errata page's table by section does not say that no error was found there.
"""

from __future__ import annotations

import re
from functools import cache

import pytest

from site_files import ROOT, language, reading_path

LANGS = {
    "zh": {"box": '!!! warning "勘误"', "errata": "docs/errata.md", "none": "未发现错误"},
    "en": {"box": '!!! warning "Correction"', "errata": "docs/errata.en.md", "none": "none found"},
}
CHAPTERS = ("processes", "threads")
NAMED = re.compile(r"原笔记第 (\d{2}) 节|[Ss]ection (\d{2}) of the original notes")
ENTRY = re.compile(r"^### E\d{2} §(\d{2})")
ROW = re.compile(r"^\| §(\d{2}) [^|]*\| (.*?) \|$")


def page_sections() -> dict[str, set[int]]:
    """Chapter page (docs/…/x.md) -> the notes' sections its item in the chapter index names."""
    sections = {}
    for chapter in CHAPTERS:
        index = ROOT / "docs" / chapter / "index.md"
        for _n, page, rest in reading_path(index.read_text(encoding="utf-8").splitlines()):
            sections[f"docs/{chapter}/{page}"] = {int(s) for s in re.findall(r"§(\d{2})", rest)}
    return sections


def boxes(lang: str) -> list[tuple[str, int, set[int]]]:
    """(page, line, sections) for every correction box on a chapter page in this language."""
    sections = page_sections()
    found = []
    for chapter in CHAPTERS:
        for path in sorted((ROOT / "docs" / chapter).glob("*.md")):
            if language(path) != lang:
                continue
            page = path.relative_to(ROOT).as_posix()
            lines = path.read_text(encoding="utf-8").splitlines()
            for n, line in enumerate(lines, 1):
                if line.strip() != LANGS[lang]["box"]:
                    continue
                body = []
                for following in lines[n:]:
                    if following.strip() and not following.startswith("    "):
                        break
                    body.append(following)
                named = {int(a or b) for a, b in NAMED.findall("\n".join(body))}
                zh_page = page.replace(".en.md", ".md")
                found.append((page, n, named or sections.get(zh_page, set())))
    return found


@cache
def errata(lang: str) -> tuple[set[int], dict[int, int]]:
    """The sections that have an entry, and {section: line} of the rows that say none was found."""
    entries, none_found = set(), {}
    text = (ROOT / LANGS[lang]["errata"]).read_text(encoding="utf-8")
    for n, line in enumerate(text.splitlines(), 1):
        if m := ENTRY.match(line):
            entries.add(int(m[1]))
        elif (m := ROW.match(line)) and m[2].strip() == LANGS[lang]["none"]:
            none_found[int(m[1])] = n
    return entries, none_found


def _without_an_entry(page: str, line: int, sections: set[int], lang: str) -> list[str]:
    entries, _ = errata(lang)
    if not sections:
        return [
            f"{page}:{line}: this correction box belongs to no section of the notes: "
            f"name it in the box (原笔记第 NN 节 / section NN of the original notes), "
            f"or give the page its sections in the chapter's index.md"
        ]
    if not sections & entries:
        named = ", ".join(f"§{s:02d}" for s in sorted(sections))
        return [
            f"{page}:{line}: this correction box is about {named} of the notes, but "
            f"{LANGS[lang]['errata']} has no entry for it: add one (### ENN §{min(sections):02d}…) "
            f"in both errata pages, or, if the notes are not wrong here, make it a box of "
            f"another kind"
        ]
    return []


def _said_to_have_no_error(page: str, line: int, sections: set[int], lang: str) -> list[str]:
    _, none_found = errata(lang)
    if not (sections and all(s in none_found for s in sections)):
        return []
    return [
        f"{LANGS[lang]['errata']}:{none_found[s]}: says no error was found in §{s:02d}, but "
        f"{page}:{line} corrects the notes there: list the entry for that "
        f"correction in this row"
        for s in sorted(sections)
    ]


# What each correction box must agree with on the errata page: a check of one box, its problems.
AGREEMENTS = {
    "has an errata entry": _without_an_entry,
    "its section is not said to have no error": _said_to_have_no_error,
}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("check", AGREEMENTS.values(), ids=AGREEMENTS.keys())
def test_every_correction_box(check, lang):
    problems = [
        p for page, line, sections in boxes(lang) for p in check(page, line, sections, lang)
    ]
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
