"""One test per fenced Python block of every page, in both languages.

Test ids name the page and the line of the block, e.g.
``docs/processes/fork.md::line 12``; run one page with ``-k fork.md``.
"""

from __future__ import annotations

import pytest

from blocks import SnippetError, all_blocks
from check_block import check_block, check_starter, evaluate_mark, marks_here, run_key
from refresh_output import NOT_REFRESHED, PLANNED, REFUSED, refresh_block


def _params():
    for page, blocks in all_blocks().items():
        if isinstance(blocks, SnippetError):
            yield pytest.param(blocks, id=f"{page}::include")
            continue
        for block in blocks:
            try:
                marks = [evaluate_mark(m, block.where) for m in marks_here(block)]
            except SnippetError as e:
                yield pytest.param(e, id=block.id)
                continue
            # Twins on one worker: one run serves both.
            group = pytest.mark.xdist_group(run_key(block))
            yield pytest.param(block, id=block.id, marks=[*marks, group])


@pytest.mark.parametrize("block", list(_params()))
def test_code_block(block, tmp_path, request, record_property):
    # --refresh-output (`python scripts/dev.py refresh`): rewrite the shown output, not compare it.
    refreshing = request.config.getoption("refresh_output")
    if refreshing and request.node.get_closest_marker("xfail"):
        # Its runs are meant to fail: they have no output to show.
        pytest.xfail(NOT_REFRESHED)
    try:
        if isinstance(block, SnippetError):
            raise block
        # <!--pytest.mark.snippet_timeout(2)--> above a fence: a shorter limit, for a demo that is meant to hang.
        limit = request.node.get_closest_marker("snippet_timeout")
        timeout = limit.args if limit else ()
        # <!--pytest.mark.exercise_starter("name")-->: the code a reader starts an exercise from. What
        # it prints is the mistake to fix, so no output is shown: the exercise's checker must fail it.
        starter = request.node.get_closest_marker("exercise_starter")
        # Output that changes from run to run shows sample runs, which refresh leaves alone.
        if (starter or block.output_property is not None) and refreshing:
            record_property(PLANNED, [])
        elif starter:
            check_starter(block, *starter.args)
        elif refreshing:
            record_property(PLANNED, refresh_block(block, tmp_path, *timeout))
        else:
            check_block(block, tmp_path, *timeout)
    except SnippetError as e:
        xfail = request.node.get_closest_marker("xfail")
        if xfail and isinstance(e, xfail.kwargs.get("raises", ())):
            # A broken example failing the way its page says (raises=Hung, say): pytest reports
            # it as xfailed. Failing in any other way falls through to pytest.fail: a failure.
            raise
        problem = str(e)
    else:
        return
    if refreshing:
        record_property(REFUSED, problem)  # for the report at the end of the session
    pytest.fail(problem, pytrace=False)  # outside `except`, so no "during handling" noise
