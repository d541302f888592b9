"""What Material's search reads of a page (scripts/hooks/search_exclusions.py): an element marked
data-search-exclude comes to it empty, unless Material would index some of its text anyway."""

from __future__ import annotations

import pytest

from hooks.search_exclusions import without_listings

PROSE = "<p>The prose around it.</p>"

# (what the page holds, what search is given)
CASES = {
    "a listing": (
        '<pre data-search-exclude class="highlight"><code>x = 1</code></pre>' + PROSE,
        '<pre data-search-exclude class="highlight"></pre>' + PROSE,
    ),
    "nested divs, emptied to the outer one's end": (
        '<div data-search-exclude><div class="verified"><table><tr><td>✓</td></tr></table></div>'
        "<p>inside too</p></div>" + PROSE,
        "<div data-search-exclude></div>" + PROSE,
    ),
    "a drawing, which Material indexes some text of": (
        '<div data-search-exclude class="diagram"><svg><text>parent</text></svg></div>' + PROSE,
        '<div data-search-exclude class="diagram"><svg><text>parent</text></svg></div>' + PROSE,
    ),
    "a listing with line numbers, likewise": (
        '<div data-search-exclude class="highlight"><table class="highlighttable"><tr><td>1</td>'
        "</tr></table></div>" + PROSE,
        '<div data-search-exclude class="highlight"><table class="highlighttable"><tr><td>1</td>'
        "</tr></table></div>" + PROSE,
    ),
    "never closed: left as it is": (
        "<div data-search-exclude><div>open" + PROSE,
        "<div data-search-exclude><div>open" + PROSE,
    ),
}


@pytest.mark.parametrize(("page", "given"), CASES.values(), ids=CASES.keys())
def test_search_is_given(page, given):
    assert without_listings(page) == given
