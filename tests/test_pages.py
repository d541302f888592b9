"""One test per fenced Python block of every page, in both languages.

Test ids name the page and the line of the block, e.g.
``docs/processes/fork.md::line 12``; run one page with ``-k fork.md``.
"""

from __future__ import annotations

import pytest

from blocks import SnippetError, all_blocks
from check_block import check_block, evaluate_mark, run_key


def _params():
    for page, blocks in all_blocks().items():
        if isinstance(blocks, SnippetError):
            yield pytest.param(blocks, id=f"{page}::include")
            continue
        for block in blocks:
            try:
                marks = [evaluate_mark(m, block.where) for m in block.marks]
            except SnippetError as e:
                yield pytest.param(e, id=block.id)
                continue
            # Twins on one worker: one run serves both.
            group = pytest.mark.xdist_group(run_key(block))
            yield pytest.param(block, id=block.id, marks=[*marks, group])


@pytest.mark.parametrize("block", list(_params()))
def test_code_block(block, tmp_path, request, record_property):
    if isinstance(block, SnippetError):
        pytest.fail(str(block), pytrace=False)
    # For the page of where each snippet was verified (scripts/verified_on.py reads the JUnit XML).
    record_property("snippets", " ".join(dict.fromkeys(inc.path for inc in block.includes)))
    # <!--pytest.mark.snippet_timeout(2)--> above a fence: a shorter limit, for a demo that is meant to hang.
    limit = request.node.get_closest_marker("snippet_timeout")
    try:
        check_block(block, tmp_path, *(limit.args if limit else ()))
    except SnippetError as e:
        problem = str(e)
    else:
        return
    pytest.fail(problem, pytrace=False)  # outside `except`, so no "during handling" noise
