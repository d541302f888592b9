"""The pages' git dates are looked up once, not again for each language and each `serve` rebuild.

mkdocs-git-revision-date-localized keeps the dates it looked up (one `git log`
per page, in a pool of processes) for as long as its options stay the same.
But its on_config writes the locale it settled on into those options, so the
next language's build sees changed options, drops every date and looks them
all up again; so does every rebuild of `serve`. Each build here starts it from
the locale mkdocs.yml gives it, which is what it settles on again anyway. The
dates on the pages do not change: each page's date is in its own language
(mkdocs-static-i18n's locale of the page), whatever the plugin's locale is.

The plugin also asks git once per page (`git log --follow`, which walks the
whole history each time): a fifth of the build's CPU time. One walk of the
history answers for every page at once, with the same commit. The plugin still
asks git itself for a page the walk does not answer (one not committed yet),
and for every page when its options ask for what the walk does not do (ignored
commits, no --follow). tests/test_git_dates.py holds the walk to the plugin's
own answers on a history with renames and a merge.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from mkdocs.plugins import event_priority

PLUGIN = "git-revision-date-localized"
_configured: list = [None]  # the plugin's locale as mkdocs.yml has it


# Before the plugin's own on_config (priority 0).
@event_priority(10)
def on_config(config):
    plugin = config.plugins.get(PLUGIN)
    if plugin is None:
        return config
    if not config.plugins["i18n"].building:  # the first language: the options are as loaded
        _configured[0] = plugin.config.get("locale")
    else:
        plugin.config["locale"] = _configured[0]
    return config


# Before the plugin's own on_files (priority 0), which asks git page by page only when its cache
# is empty.
@event_priority(10)
def on_files(files, config):
    plugin = config.plugins.get(PLUGIN)
    if plugin is None or plugin.last_revision_commits or not _walk_does_what(plugin):
        return files
    paths = [
        str(Path(f.abs_src_path).absolute())
        for f in files
        if f.is_documentation_page() and f.abs_src_path and not getattr(f, "generated_by", None)
    ]
    for path, commit in last_commits(paths).items():
        plugin.last_revision_commits[path] = commit
        plugin.cached_source_paths[path] = path
    return files


def _walk_does_what(plugin) -> bool:
    """Whether the plugin's options ask for what last_commits() does."""
    options = plugin.config
    return (
        options.get("enabled")
        and options.get("enable_parallel_processing")
        and options.get("enable_git_follow")
        and not plugin.util.ignored_commits
    )


def last_commits(paths: list[str]) -> dict[str, tuple[str, int]]:
    """Each file's last commit as `git log --follow -n 1 --diff-filter=r -- file` finds it:
    (hash, author time). A commit that renamed the file does not count (the filter), and the
    walk goes on under the old name (--follow). Files git has no commit of are left out; so is
    every file when git or the repository is missing."""
    if not paths:
        return {}
    cwd = Path(paths[0]).parent
    try:
        root = Path(_git(cwd, "rev-parse", "--show-toplevel").strip()).resolve()
        # \x01 starts a commit; --name-status lists what it changed, a rename as R<score>. A merge
        # lists nothing, and --follow skips merges too: it follows a file through diffs, and git
        # log shows none for a merge.
        log = _git(
            cwd,
            "-c",
            "core.quotePath=false",
            "log",
            "-M",
            "--name-status",
            "--format=%x01%H %at",
        )
    except (OSError, subprocess.CalledProcessError):
        return {}
    following = {}  # the name a file had at the commit the walk has reached -> the file
    for path in paths:
        try:
            following[Path(path).resolve().relative_to(root).as_posix()] = path
        except ValueError:
            pass
    found = {}
    for commit in log.split("\x01")[1:]:
        header, *changes = commit.splitlines()
        sha, when = header.split(" ")
        for change in filter(None, changes):
            status, *names = change.split("\t")
            if status.startswith("R") and len(names) == 2:
                old, new = names
                if new in following:
                    following[old] = following.pop(new)
            elif names[-1] in following:
                found[following.pop(names[-1])] = (sha, int(when))
        if not following:
            break
    return found


def _git(cwd: Path, *args: str) -> str:
    run = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True)
    return run.stdout
