"""scripts/hooks/search_worker.py makes each of its corrections to Material's search worker once,
and says which it cannot make when the worker's code is no longer what the hook knows."""

from __future__ import annotations

import pytest
from mkdocs.exceptions import PluginError

from hooks.search_worker import CORRECTIONS, corrected

MATERIAL = ";".join(material for _, material, _ in CORRECTIONS)
OURS = ";".join(ours for _, _, ours in CORRECTIONS)


def test_every_correction_is_made():
    assert corrected(f"a;{MATERIAL};b") == f"a;{OURS};b"


def test_a_worker_corrected_already_is_left_alone():
    assert corrected(f"a;{OURS};b") == f"a;{OURS};b"


@pytest.mark.parametrize(("why", "material", "ours"), CORRECTIONS, ids=["segment", "transform"])
@pytest.mark.parametrize("how", ["missing", "twice"])
def test_unknown_code_fails_the_build_naming_the_correction(why, material, ours, how):
    others = [m for _, m, _ in CORRECTIONS if m != material]
    worker = ";".join(others + ([material, material] if how == "twice" else []))
    with pytest.raises(PluginError, match="update the correction in CORRECTIONS") as failure:
        corrected(worker)
    assert repr(material) in str(failure.value) and why in str(failure.value)
