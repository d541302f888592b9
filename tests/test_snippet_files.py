"""Every file under snippets/ is shown on a page and runs on its own."""

from __future__ import annotations

import pytest

from blocks import SnippetError, all_blocks
from run_block import run_python
from site_files import SNIPPETS, rel


def _blocks():
    return [
        b
        for blocks in all_blocks().values()
        if not isinstance(blocks, SnippetError)
        for b in blocks
    ]


@pytest.mark.parametrize("path", sorted(rel(p) for p in SNIPPETS.rglob("*.py")))
def test_snippet_file(path, record_property):
    record_property("snippets", path)  # for scripts/verified_on.py
    blocks = _blocks()
    if not any(inc.path == path for b in blocks for inc in b.includes):
        pytest.fail(
            f'{path}: no page includes this file. Show it on a page with --8<-- "{path}" inside a ```python '
            f"fence, or delete it",
            pytrace=False,
        )
    if any(b.whole_file == path for b in blocks):
        return  # a page shows it whole, and test_pages runs it and checks its output
    run = run_python([path])
    if run.returncode != 0 or run.leftovers:
        status = "timed out" if run.returncode is None else f"exited with status {run.returncode}"
        pytest.fail(f"{path}: `python {path}` {status}. It printed:\n{run.output}", pytrace=False)
