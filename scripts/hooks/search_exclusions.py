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


def on_page_content(html: str, page, config, files) -> str:
    # Listings and output are a third of the index's bytes and not what a reader searches for:
    # the prose around them names every API they use. Without them every page loads a smaller
    # index, and Chinese search answers sooner. Inline `code` stays in the index.
    return SEARCH_EXCLUDED.sub(r'<\1 data-search-exclude class="\2', html)


def without_listings(html: str) -> str:
    """`html` with each plain listing marked data-search-exclude emptied (its tags stay).

    Only a listing with no <div>, <table> or <svg> inside, as pymdownx writes a page's: Material
    does skip all of those. Of a diagram's drawing, or the source listing of the API reference (a
    table, in <details>), it does index some text, and it still will: the index stays the same.
    """
    kept, position = [], 0
    for start in EXCLUDED_START.finditer(html):
        end = html.find(f"</{start[1]}>", start.end())
        if end < 0 or start.start() < position:
            continue
        inside = html[start.end() : end]
        if "<div" in inside or "<table" in inside or "<svg" in inside:
            continue
        kept.append(html[position : start.end()])
        position = end
    kept.append(html[position:])
    return "".join(kept)


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
