"""`--changed` picks the tests a change can affect (tests/changed_only.py)."""

from __future__ import annotations

import pytest

from changed_only import affected

CASES = {
    # A page's text: every test that names it or its twin.
    "page": (["docs/processes/fork.md"], {"docs/processes/fork.md", "docs/processes/fork.en.md"}),
    "english page": (
        ["docs/threads/gil.en.md"],
        {"docs/threads/gil.md", "docs/threads/gil.en.md"},
    ),
    # A snippet: its own tests, and the blocks of both languages of every page that includes it.
    "snippet": (["snippets/processes/fork_basic.py"], {"snippets/processes/fork_basic.py"}),
}


@pytest.mark.parametrize("changed, whole", CASES.values(), ids=CASES.keys())
def test_pages_and_snippets_select_their_tests(changed, whole):
    scope = affected(changed)
    assert scope is not None and scope[0] == whole


def test_a_snippet_selects_the_blocks_of_the_pages_that_include_it():
    _, blocks_of = affected(["snippets/processes/fork_basic.py"])
    assert blocks_of == {"docs/processes/fork.md", "docs/processes/fork.en.md"}


@pytest.mark.parametrize(
    "changed", [["scripts/run_block.py"], ["mkdocs.yml"], ["docs/assets/extra.css"]]
)
def test_anything_else_runs_the_whole_suite(changed):
    assert affected(changed) is None


def test_no_change_selects_nothing():
    assert affected([]) == (set(), set())
