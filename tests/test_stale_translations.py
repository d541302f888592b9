"""An English page last committed before its Chinese source is reported as possibly stale.

The report is a warning in the summary, never a failure: git knows when a page
changed, not whether its translation still says the same.
"""

from __future__ import annotations

import subprocess
import warnings

from site_files import ROOT, translated_pages, twin


class PossiblyStaleTranslation(UserWarning):
    """The English page was last committed before its Chinese source changed."""


def _last_commit_times() -> dict[str, int]:
    """Each file under docs/ and the time of the last commit that changed it; {} outside a git checkout."""
    try:
        log = subprocess.run(
            ["git", "log", "--format=%x00%ct", "--name-only", "--", "docs"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=30,
        )
    except (OSError, subprocess.TimeoutExpired):
        return {}
    if log.returncode != 0:
        return {}
    times: dict[str, int] = {}
    when = 0
    for line in log.stdout.splitlines():
        if line.startswith("\0"):
            when = int(line[1:])
        elif line.strip():
            times.setdefault(line.strip(), when)  # newest first: keep the first time seen
    return times


def possibly_stale() -> list[tuple[str, str]]:
    times = _last_commit_times()
    stale = []
    for zh in translated_pages():
        en = twin(zh)
        if zh in times and en in times and times[en] < times[zh]:
            stale.append((zh, en))
    return stale


def test_possibly_stale_translations():
    """Never fails: lists English pages whose Chinese source was committed later, as a warning."""
    for zh, en in possibly_stale():
        warnings.warn(
            f"{en} may be out of date: {zh} was changed in a later commit. Check that the English page "
            f"still says what the Chinese one does, and commit it (even a small edit) once it does",
            PossiblyStaleTranslation,
            stacklevel=1,
        )
