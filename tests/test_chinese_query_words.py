"""scripts/hooks/chinese_query_words.py corrects Material's search worker once, and says when it
cannot: the worker's code is no longer what the hook knows."""

from __future__ import annotations

import pytest
from mkdocs.exceptions import PluginError

from hooks.chinese_query_words import STOPS_SHORT, WHOLE_QUERY_TOO, corrected


def test_the_loop_that_stops_short_is_corrected():
    assert corrected(f"a;{STOPS_SHORT};b") == f"a;{WHOLE_QUERY_TOO};b"


def test_a_worker_corrected_already_is_left_alone():
    assert corrected(f"a;{WHOLE_QUERY_TOO};b") == f"a;{WHOLE_QUERY_TOO};b"


@pytest.mark.parametrize("worker", ["new code", STOPS_SHORT * 2], ids=["missing", "twice"])
def test_unknown_code_fails_the_build_with_what_to_do(worker):
    with pytest.raises(PluginError, match="update the hook's code, or delete the hook"):
        corrected(worker)
