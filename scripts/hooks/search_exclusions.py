"""Listings, program output and diagrams stay out of the search index; the prose around them is searched.

Listed in mkdocs.yml after the hooks that label listings, mark output and
draw diagrams: its mark goes into the very tags their patterns look for.

Material's search still reads every tag of what it leaves out, and the
listings' highlighting is a span per token: most of the tags of a page. That
reading was a sixth of the build, so it is given each page with the plain
listings emptied (see without_listings). The index it writes is the same.
"""

from __future__ import annotations

import re

from mkdocs.plugins import event_priority

SEARCH_EXCLUDED = re.compile(r'<(div|pre) class="(highlight|mermaid|diagram)')
EXCLUDED_START = re.compile(r"<(div|pre) data-search-exclude\b[^>]*>")
SAME_TAG = {name: re.compile(rf"<(/?){name}\b[^>]*>") for name in ("div", "pre")}


def on_page_content(html: str, page, config, files) -> str:
    # Listings and output are a third of the index's bytes and not what a reader searches for:
    # the prose around them names every API they use. Without them every page loads a smaller
    # index, and Chinese search answers sooner. Inline `code` stays in the index.
    return SEARCH_EXCLUDED.sub(r'<\1 data-search-exclude class="\2', html)


def without_listings(html: str) -> str:
    """`html` with each element marked data-search-exclude emptied (its own tags stay).

    Not a diagram's drawing (<svg>), nor a listing with line numbers (the API reference's source, a
    table): of those Material does index some text, and it still will, so the index stays the same.
    The rest it skips whole: listings, output, the table of where each snippet was verified.
    """
    kept, position = [], 0
    for start in EXCLUDED_START.finditer(html):
        if start.start() < position:
            continue  # inside an element emptied already
        end = _matching_end(html, start)
        if end is None:
            continue
        inside = html[start.end() : end]
        if "<svg" in inside or "highlighttable" in inside:
            continue
        kept.append(html[position : start.end()])
        position = end
    kept.append(html[position:])
    return "".join(kept)


def _matching_end(html: str, start: re.Match) -> int | None:
    """Where the element that `start` opens is closed: its own </div>, not a nested div's."""
    depth = 1
    for tag in SAME_TAG[start[1]].finditer(html, start.end()):
        depth += -1 if tag[1] else 1
        if depth == 0:
            return tag.start()
    return None


class _ForSearch:
    """The page as the search index reads it: its content without what search leaves out."""

    def __init__(self, page) -> None:
        self._page = page
        self.content = without_listings(page.content)

    def __getattr__(self, name: str):
        return getattr(self._page, name)


# After Material's search plugin's on_config, which makes this build's index.
@event_priority(-10)
def on_config(config):
    for name in ("material/search", "search"):
        index = getattr(config.plugins.get(name), "search_index", None)
        if index is not None and hasattr(index, "add_entry_from_context"):
            add = index.add_entry_from_context
            index.add_entry_from_context = lambda page, add=add: add(_ForSearch(page))
    return config
