"""An English page last committed before its Chinese source is reported as possibly stale.

The report is a warning in the summary, never a failure: git knows when a page
changed, not whether its translation still says the same. Where git cannot
tell (no git, not a checkout, or a shallow clone, in which every file seems
last changed by the one commit there is), that is a warning too, naming why.
"""

from __future__ import annotations

import subprocess
import warnings
from pathlib import Path

from site_files import ROOT, translated_pages, twin
from throwaway import GIT


class PossiblyStaleTranslation(UserWarning):
    """The English page was last committed before its Chinese source changed."""


class StalenessUnknown(UserWarning):
    """git cannot say when each page last changed, so no stale page can be found."""


def _git(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["git", *args], cwd=root, capture_output=True, text=True, encoding="utf-8", timeout=30
    )


def _last_commit_times(root: Path = ROOT) -> tuple[dict[str, int], str | None]:
    """Each file under docs/ and the time of the last commit that changed it, and None; or {} and
    why git cannot tell."""
    try:
        shallow = _git(root, "rev-parse", "--is-shallow-repository")
        if shallow.returncode != 0:
            return {}, f"`git rev-parse` failed in {root}: {shallow.stderr.strip()}"
        if shallow.stdout.strip() == "true":
            return {}, (
                "this checkout is a shallow clone, whose history starts at one commit, so every page "
                "seems last changed by it. Fetch the whole history (`git fetch --unshallow`; in a "
                "GitHub workflow, `fetch-depth: 0` on actions/checkout)"
            )
        log = _git(root, "log", "--format=%x00%ct", "--name-only", "--", "docs")
    except (OSError, subprocess.TimeoutExpired) as e:
        return {}, f"git could not be run: {e}"
    if log.returncode != 0:
        return {}, f"`git log` failed in {root}: {log.stderr.strip()}"
    times: dict[str, int] = {}
    when = 0
    for line in log.stdout.splitlines():
        if line.startswith("\0"):
            when = int(line[1:])
        elif line.strip():
            times.setdefault(line.strip(), when)  # newest first: keep the first time seen
    return times, None


def possibly_stale(times: dict[str, int]) -> list[tuple[str, str]]:
    stale = []
    for zh in translated_pages():
        en = twin(zh)
        if zh in times and en in times and times[en] < times[zh]:
            stale.append((zh, en))
    return stale


def test_possibly_stale_translations():
    """Never fails: lists English pages whose Chinese source was committed later, as a warning."""
    times, unknown = _last_commit_times()
    if unknown:
        warnings.warn(
            f"cannot tell which English pages may be out of date: {unknown}",
            StalenessUnknown,
            stacklevel=1,
        )
    for zh, en in possibly_stale(times):
        warnings.warn(
            f"{en} may be out of date: {zh} was changed in a later commit. Check that the English page "
            f"still says what the Chinese one does, and commit it (even a small edit) once it does",
            PossiblyStaleTranslation,
            stacklevel=1,
        )


def _history(folder: Path) -> Path:
    """A repository of two commits, each changing docs/a.md."""
    folder.mkdir()
    subprocess.run([*GIT, "init", "-q"], cwd=folder, check=True, capture_output=True)
    (folder / "docs").mkdir()
    for text in ("first\n", "second\n"):
        (folder / "docs" / "a.md").write_text(text, encoding="utf-8")
        subprocess.run([*GIT, "add", "-A"], cwd=folder, check=True, capture_output=True)
        subprocess.run(
            [*GIT, "commit", "-q", "-m", text], cwd=folder, check=True, capture_output=True
        )
    return folder


def test_a_full_history_is_read(tmp_path):
    times, unknown = _last_commit_times(_history(tmp_path / "full"))
    assert unknown is None and set(times) == {"docs/a.md"}, (times, unknown)


def test_a_shallow_clone_is_named_not_taken_for_a_history(tmp_path):
    full = _history(tmp_path / "full")
    shallow = tmp_path / "shallow"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "1", full.as_uri(), str(shallow)],
        check=True,
        capture_output=True,
    )
    times, unknown = _last_commit_times(shallow)
    assert times == {} and unknown and "shallow clone" in unknown, (times, unknown)


def test_a_folder_outside_git_is_named(tmp_path, monkeypatch):
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))  # not a repository above it
    times, unknown = _last_commit_times(tmp_path)
    assert times == {} and unknown and "failed" in unknown, (times, unknown)
