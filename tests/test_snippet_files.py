"""Every file under snippets/ is shown on a page and runs on its own.

One test per folder of snippets/ (site_files.by_folder says why): `-k snippets/threads` checks
just those, and a failure names each file.
"""

from __future__ import annotations

import pytest

from blocks import SnippetError, all_blocks
from run_block import run_python
from site_files import SNIPPETS, by_folder, rel

IN_FOLDER = by_folder([rel(p) for p in SNIPPETS.rglob("*.py")])


def _blocks():
    return [
        b
        for blocks in all_blocks().values()
        if not isinstance(blocks, SnippetError)
        for b in blocks
    ]


@pytest.mark.parametrize("folder", IN_FOLDER)
def test_snippet_files(folder, record_property):
    blocks = _blocks()
    included = {inc.path for b in blocks for inc in b.includes}
    shown_whole = {b.whole_file for b in blocks}
    problems, ran = [], []
    for path in IN_FOLDER[folder]:
        if path not in included:
            problems.append(
                f'{path}: no page includes this file. Show it on a page with --8<-- "{path}" '
                f"inside a ```python fence, or delete it"
            )
        elif path not in shown_whole:
            # Shown only in part: run whole here (test_pages runs what a page shows whole).
            ran.append(path)
            run = run_python([path])
            if run.returncode != 0 or run.leftovers:
                status = (
                    "timed out"
                    if run.returncode is None
                    else f"exited with status {run.returncode}"
                )
                problems.append(f"{path}: `python {path}` {status}. It printed:\n{run.output}")
    # For scripts/verified_on.py: the snippets this test ran, which its outcome is of.
    record_property("snippets", " ".join(ran))
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
