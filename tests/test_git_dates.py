"""The build's one walk of the git history (scripts/hooks/git_dates.py) dates every page as the
git-revision-date plugin's own `git log --follow` per page would.

The history here has what could tell them apart: edits, a pure rename, a rename with an edit, a
branch merged with a resolved conflict, and a file never committed.
"""

from __future__ import annotations

import os
import subprocess

from mkdocs_git_revision_date_localized_plugin.util import Util

from hooks.git_dates import last_commits
from throwaway import GIT


def test_one_walk_finds_the_commit_the_plugin_finds(tmp_path):
    day = iter(range(1, 28))

    def git(*args):
        date = f"2020-01-{next(day):02d}T00:00:00Z"
        env = dict(os.environ, GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date)
        subprocess.run([*GIT, *args], cwd=tmp_path, env=env, check=True, capture_output=True)

    def write(name, text):
        (tmp_path / name).write_text(text, encoding="utf-8")

    def commit(message):
        git("add", "-A")
        git("commit", "-q", "-m", message)

    git("init", "-q")
    for name in "abcd":
        write(f"{name}.md", f"# {name}\n\n" + "a line of text\n" * 20)
    commit("four pages")
    write("a.md", "# a\n\nedited\n" + "a line of text\n" * 20)
    commit("edit a")
    git("mv", "b.md", "b2.md")
    commit("rename b")
    git("mv", "c.md", "c2.md")
    write("c2.md", "# c\n\n" + "a line of text\n" * 20 + "one more\n")
    commit("rename c with an edit")
    git("checkout", "-q", "-b", "side")
    write("d.md", "# d on the side\n\n" + "a line of text\n" * 20)
    commit("edit d on a branch")
    git("checkout", "-q", "main")
    write("d.md", "# d on main\n\n" + "a line of text\n" * 20)
    commit("edit d on main")
    subprocess.run([*GIT, "merge", "-q", "side"], cwd=tmp_path, capture_output=True)
    write("d.md", "# d resolved\n\n" + "a line of text\n" * 20)
    commit("merge side, resolving d")
    write("e.md", "# e, not committed\n")

    pages = [str(tmp_path / name) for name in ("a.md", "b2.md", "c2.md", "d.md", "e.md")]
    plugin = Util(
        config={"enable_git_follow": True, "strict": False, "fallback_to_build_date": True},
        mkdocs_dir=str(tmp_path),
    )
    walked = last_commits(pages)
    assert set(walked) == set(pages[:-1]), "a file with no commit is left to the plugin"
    for page in pages[:-1]:
        assert walked[page] == plugin.get_git_commit_timestamp(page), page
