"""Listings, program output and diagrams stay out of the search index; the prose around them is searched.

Listed in mkdocs.yml after the hooks that label listings, mark output and
draw diagrams: its mark goes into the very tags their patterns look for.
"""

from __future__ import annotations

import re

SEARCH_EXCLUDED = re.compile(r'<(div|pre) class="(highlight|mermaid|diagram)')


def on_page_content(html: str, page, config, files) -> str:
    # Listings and output are a third of the index's bytes and not what a reader searches for:
    # the prose around them names every API they use. Without them every page loads a smaller
    # index, and Chinese search answers sooner. Inline `code` stays in the index.
    return SEARCH_EXCLUDED.sub(r'<\1 data-search-exclude class="\2', html)
