"""A throwaway copy of the project, with pages of its own, and pytest run in it: how the harness's
self-tests and the contributor-mistake tests see the messages a contributor would see."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from process_groups import GROUPS_DIR
from site_files import ROOT

# git for a history made in a test: an identity of its own, and a first branch called main whatever
# the machine's git defaults to (test_git_dates checks it out by name).
GIT = [
    "git",
    "-c",
    "user.name=Contributor",
    "-c",
    "user.email=contributor@example.invalid",
    "-c",
    "init.defaultBranch=main",
]


def make_project(
    project: Path,
    files: dict[str, str],
    *,
    tests: Iterable[str],
    site: bool = False,
    commits: Sequence[dict[str, str]] = (),
) -> Path:
    """Fill the empty folder `project` with a copy of the project; return it.

    The copy gets scripts/ (the harness, the hooks and the commands), mkdocs.yml,
    pyproject.toml, the test files of tests/ named in `tests`, and `files`: path
    (relative to the copy) -> text, written as given.

    site: also what mkdocs needs to build the copy as it builds the real site:
    theme overrides, docs/assets, the CI workflow (runs_on.py reads the Python
    versions from it) and a nav that lists the copy's own pages.
    commits: a git history, oldest first, a day apart from 2020-01-01; each
    commit writes its files (path -> text) and commits them, nothing else.
    """
    shutil.copytree(
        ROOT / "scripts", project / "scripts", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(ROOT / "mkdocs.yml", project)
    shutil.copy(ROOT / "pyproject.toml", project)
    (project / "tests").mkdir()
    for name in tests:
        shutil.copy(ROOT / "tests" / name, project / "tests")
    _write(project, files)
    if commits:
        _git(project, "init", "-q")
    for day, changed in enumerate(commits, start=1):
        _write(project, changed)
        _git(project, "add", *changed)
        _git(project, "commit", "-q", "-m", f"commit {day}", date=f"2020-01-{day:02d}T00:00:00Z")
    if site:
        _copy_site_files(project)
    return project


def _write(project: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = project / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _copy_site_files(project: Path) -> None:
    # The build's caches (templates, segmentation, listings: scripts/hooks/*_cache.py) outlive the
    # copy, as a contributor's .cache/ does, in a folder of their own: the copy's pages are not the
    # site's, and a build keeps only what its own pages use.
    caches = ROOT / ".cache" / "throwaway-site"
    try:
        caches.mkdir(parents=True, exist_ok=True)
        (project / ".cache").symlink_to(caches, target_is_directory=True)
    except OSError:
        pass  # no symbolic links (Windows without the right): the copy's build starts cold
    shutil.copytree(ROOT / "overrides", project / "overrides")
    shutil.copytree(ROOT / "docs" / "assets", project / "docs" / "assets")
    (project / ".github" / "workflows").mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / ".github" / "workflows" / "ci.yml", project / ".github" / "workflows")
    pages = sorted(
        p.relative_to(project / "docs").as_posix() for p in (project / "docs").glob("*.md")
    )
    nav = "nav:\n" + "".join(f"  - {p}\n" for p in pages if not p.endswith(".en.md"))
    # The real nav lists the real pages; the copy's nav lists its own.
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"^nav:\n(?:(?:[ \t].*|#.*|)\n)*", nav + "\n", config, count=1, flags=re.M)
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")


def _git(project: Path, *args: str, date: str | None = None) -> None:
    env = dict(os.environ)
    if date:
        env.update(GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date)
    subprocess.run(
        [*GIT, *args],
        cwd=project,
        env=env,
        check=True,
        capture_output=True,
    )


def run_pytest_in(project: Path, *flags: str, snippet_timeout: float, timeout: float) -> str:
    """Run pytest, on one process, in a throwaway project; its report."""
    env = dict(os.environ, SNIPPETS_TIMEOUT=str(snippet_timeout))
    env.pop("SNIPPETS_START_METHOD", None)
    env.pop(GROUPS_DIR, None)  # the project's own session checks its own snippets
    command = [sys.executable, "-m", "pytest", "-n", "0", "-p", "no:cacheprovider", *flags]
    return subprocess.run(
        command, cwd=project, env=env, capture_output=True, text=True, timeout=timeout
    ).stdout
