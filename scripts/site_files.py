"""Where the site's files are and how its Markdown is laid out: one answer each, for every tool.

The pages (`docs/x.md` in Chinese, its twin `docs/x.en.md` in English), paths
as a contributor writes them (`docs/processes/fork.md`), and the fenced blocks
of a page, found the way CommonMark finds them: a fence opens with three or
more backticks or tildes and is closed by a line of the same character, at
least as long, with nothing else on it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"

FENCE = re.compile(r"^(?P<indent>\s*)(?P<mark>`{3,}|~{3,})(?P<info>.*)$")


class SnippetError(Exception):
    """A problem a contributor must fix in the pages or snippets; the message names the page and line."""


def published_urls() -> list[str]:
    """The URLs of tests/published_urls.txt, such as "/" and "/en/processes/fork/": every URL the
    site has published, which must keep leading to a page (tests/test_links.py, the browser suite)."""
    lines = (ROOT / "tests" / "published_urls.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def pages() -> list[Path]:
    """Every page, both languages."""
    return sorted(DOCS.rglob("*.md"))


def rel(path: Path) -> str:
    """A path as a contributor types it: relative to the repository root, with forward slashes."""
    return path.resolve().relative_to(ROOT).as_posix()


def by_folder(paths: list[str]) -> dict[str, list[str]]:
    """Paths by their folder: {"docs/processes": ["docs/processes/fork.md", ...], "docs": [...]}.

    For the checks of many files, one test per folder: a test costs CPU whatever it checks, since
    each xdist worker collects every test and reports each to the main process (2,000 empty tests:
    2.1 s of CPU in one process, 7.0 s with three workers). A failure names each file and line,
    and `-k docs/processes` or `--changed` still picks a folder's test.
    """
    found: dict[str, list[str]] = {}
    for path in sorted(paths):
        found.setdefault(path.rpartition("/")[0], []).append(path)
    return found


def is_english(page: str | Path) -> bool:
    return str(page).endswith(".en.md")


def language(page: str | Path) -> str:
    return "en" if is_english(page) else "zh"


def twin(page: str) -> str:
    """The same page in the other language: docs/x.md <-> docs/x.en.md."""
    if is_english(page):
        return page[: -len(".en.md")] + ".md"
    return page[: -len(".md")] + ".en.md"


def translated_pages() -> list[str]:
    """Every Chinese page that has its English version, as a contributor types it (docs/x.md)."""
    names = [rel(p) for p in pages()]
    return [p for p in names if not is_english(p) and (ROOT / twin(p)).is_file()]


@lru_cache(maxsize=1)
def mkdocs_config() -> dict:
    """mkdocs.yml as written (its !ENV tags read as MkDocs reads them, not resolved by a build)."""
    from mkdocs.utils.yaml import yaml_load

    with open(ROOT / "mkdocs.yml", encoding="utf-8") as f:
        return yaml_load(f)


def i18n_languages() -> list[dict]:
    """mkdocs-static-i18n's `languages` as mkdocs.yml sets them (locale, default, nav_translations, ...)."""
    for plugin in mkdocs_config().get("plugins", []):
        if isinstance(plugin, dict) and "i18n" in plugin:
            return plugin["i18n"].get("languages", [])
    return []


def default_language() -> str:
    """The locale mkdocs-static-i18n publishes at the site's root ("zh"); the others under /<locale>/."""
    return next(lang["locale"] for lang in i18n_languages() if lang.get("default"))


def language_roots() -> dict[str, str]:
    """Each language's folder in the built site, from mkdocs.yml: {"zh": "", "en": "en/"}."""
    default = default_language()
    return {
        lang["locale"]: "" if lang["locale"] == default else f"{lang['locale']}/"
        for lang in i18n_languages()
    }


def page_url(page: str) -> str:
    """Where the site publishes a page, from its root: docs/processes/fork.md -> processes/fork/,
    docs/processes/fork.en.md -> en/processes/fork/, docs/index.md -> "" (the home page)."""
    inside = page.removeprefix("docs/")
    chinese = twin(inside) if is_english(inside) else inside
    stem = chinese.removesuffix(".md")
    # docs/x/index.md is the page x/; docs/x/reindex.md would be x/reindex/.
    folder = stem[: -len("index")] if stem == "index" or stem.endswith("/index") else stem + "/"
    return language_roots()[language(inside)] + folder


def page_at(url: str) -> str | None:
    """The page the site publishes at `url` (processes/fork/ -> docs/processes/fork.md), or None for
    a URL no page has (the 404 page, an asset): the other way round from page_url."""
    return {page_url(rel(page)): rel(page) for page in pages()}.get(url)


def nav_translations(locale: str) -> dict[str, str]:
    """The nav's section titles in language `locale`: {"进程": "Processes", ...}."""
    for lang in i18n_languages():
        if lang["locale"] == locale:
            return lang.get("nav_translations") or {}
    return {}


def indent_of(line: str) -> str:
    """The spaces a line starts with (a fence inside a list item is indented)."""
    return line[: len(line) - len(line.lstrip(" "))]


@dataclass(frozen=True)
class Fence:
    """A fenced block: its opening and closing lines (1-based) and what follows the opening marks."""

    start: int
    end: int | None  # None: never closed, the block runs to the end of the page
    info: str  # `python title="x.py"`, `text`, `mermaid`, ``
    indent: str

    @property
    def language(self) -> str:
        """The first word of the info string, as pymdownx.superfences reads it (`{.python}` too)."""
        return (self.info.split(None, 1) or [""])[0].strip("{.}")

    def body(self, lines: list[str]) -> list[str]:
        """The lines between the fences, with the fence's indent removed."""
        inside = lines[self.start : (self.end or len(lines) + 1) - 1]
        width = len(self.indent)
        return [line[min(width, len(indent_of(line))) :] for line in inside]


def fences(lines: list[str]) -> list[Fence]:
    """Every fenced block of a page's lines, in order."""
    return list(_fences(tuple(lines)))


# A page's blocks are looked up one at a time (fence_at, next_fence): its fences are found once.
@lru_cache(maxsize=8)
def _fences(lines: tuple[str, ...]) -> tuple[Fence, ...]:
    found = []
    opening: tuple[int, re.Match] | None = None
    for n, line in enumerate(lines, start=1):
        m = FENCE.match(line)
        if opening is None:
            if m and not (m["mark"][0] == "`" and "`" in m["info"]):
                opening = (n, m)
            continue
        mark = opening[1]["mark"]
        if m and m["mark"][0] == mark[0] and len(m["mark"]) >= len(mark) and not m["info"].strip():
            found.append(Fence(opening[0], n, opening[1]["info"].strip(), opening[1]["indent"]))
            opening = None
    if opening:
        found.append(Fence(opening[0], None, opening[1]["info"].strip(), opening[1]["indent"]))
    return tuple(found)


def outside_fences(lines: list[str]) -> Iterator[tuple[int, str]]:
    """(line number, line) of each line that is not part of a fenced block, fence lines included."""
    inside = set()
    for fence in fences(lines):
        inside.update(range(fence.start, (fence.end or len(lines)) + 1))
    return ((n, line) for n, line in enumerate(lines, start=1) if n not in inside)


# An item of a chapter index's reading path: "1. [进程与程序](programs-and-processes.md)：…。原笔记 §01。"
READING_PATH_ITEM = re.compile(r"^\d+\.\s+\[[^\]]+\]\(([^)#\s]+)\)(.*)$")


def reading_path(lines: list[str]) -> list[tuple[int, str, str]]:
    """(line number, linked page, rest of the line) of each item of a chapter index's reading path."""
    return [
        (n, m[1], m[2]) for n, line in outside_fences(lines) if (m := READING_PATH_ITEM.match(line))
    ]


def fence_at(lines: list[str], start: int) -> Fence | None:
    """The block whose opening fence is at line `start`."""
    return next((f for f in fences(lines) if f.start == start), None)


def next_fence(lines: list[str], after: int) -> Fence | None:
    """The first block that opens after line `after`."""
    return next((f for f in fences(lines) if f.start > after), None)
