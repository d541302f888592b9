"""Each glossary term a search keyword of the page that teaches it, in that page's language.

The glossary's last column names the page that teaches each term (scripts/glossary.py reads it).
This hook puts the term into that page's ``tags``, which Material's search plugin copies into
every index entry of the page, in a field of its own with its own boost (mkdocs.yml,
``fields: tags:``): a reader who types the term finds the page that teaches it, not the page that
uses the word most often. The tags plugin is not enabled, so no page shows them; the search
results would, and docs/assets/extra.css hides them there.

English terms come with the plural a reader types, since the English index has no stemmer (see
scripts/hooks/search_per_language.py): "zombie process" also as "zombie processes" and, for a
kind of process or thread, "zombies".
"""

from __future__ import annotations

import re

import glossary
import site_files

# Terms with no plural: "blockings" or "concurrencies" are nothing a reader types.
NO_PLURAL = {
    "asynchronous",
    "back-pressure",
    "blocking",
    "broken code",
    "concurrency",
    "copy-on-write",
    "cpu-bound",
    "gil",
    "i/o-bound",
    "inter-process communication",
    "ipc",
    "misleading",
    "non-blocking",
    "outdated",
    "parallelism",
    "reap",
    "shared memory",
    "synchronous",
    "thread-safe",
    "version-dependent",
}
# Not a kind of thread: "main thread" has no "mains".
ADJECTIVES = {"main"}
IRREGULAR = {"child": "children"}
# Terms that are verbs too, with the -ing form a reader types: "locking" finds the page on locks,
# which never writes the word.
GERUNDS = {"lock": "locking", "reap": "reaping"}

_tags: dict[str, dict[str, list[str]]] = {}  # language -> page URL -> its tags


def plural(word: str) -> str:
    """The plural of an English noun."""
    lower = word.lower()
    if lower in IRREGULAR:
        return IRREGULAR[lower]
    if re.search(r"[^aeiou]y$", lower):
        return word[:-1] + "ies"
    if re.search(r"(s|x|z|ch|sh)$", lower):
        return word + "es"
    return word + "s"


def forms(term: str) -> list[str]:
    """An English term as a reader may type it: as written, in the plural, a kind of process or
    thread by its kind alone ("zombie process": "zombie processes", "zombies"), and a verb's -ing
    form ("lock": "locking")."""
    gerund = [GERUNDS[term.lower()]] if term.lower() in GERUNDS else []
    if term.lower() in NO_PLURAL:
        return [term, *gerund]
    *head, last = term.split(" ")
    found = [term, " ".join([*head, plural(last)])]
    if len(head) == 1 and last in ("process", "thread") and head[0] not in ADJECTIVES:
        found.append(plural(head[0]))
    return found + gerund


def page_tags(language: str) -> dict[str, list[str]]:
    """Each teaching page's URL (below the language root) with its tags, in glossary order."""
    if language not in _tags:
        found: dict[str, list[str]] = {}
        # A site without a glossary, such as the tests' throwaway projects, has no tags to give.
        if (glossary.DOCS / glossary.PAGES[language]).is_file():
            taught = glossary.teaching_pages(language)
        else:
            taught = {}
        for term, pages in taught.items():
            for page in pages:
                tags = found.setdefault(page, [])
                for form in forms(term) if language == "en" else [term]:
                    if form not in tags:
                        tags.append(form)
        _tags[language] = found
    return _tags[language]


def on_pre_build(config) -> None:
    _tags.clear()  # under `serve`, the glossary may have changed since the last build


def on_page_markdown(markdown: str, page, config, files) -> str:
    language = site_files.language(page.file.src_uri)
    url = glossary.url(re.sub(r"(\.en)?\.md$", "", page.file.src_uri))
    tags = page_tags(language).get(url)
    if tags:
        page.meta["tags"] = [*page.meta.get("tags", []), *tags]
    return markdown
