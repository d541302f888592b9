"""`python scripts/dev.py serve` shows an edit: of a snippet a page includes, and of a hook.

A throwaway copy of the project is served with the serve command of
scripts/dev.py (its fast preview, ``mkdocs serve --dirty``, see
scripts/hooks/preview.py) on a free port, and edited as a contributor edits
it. No browser: the pages are fetched over HTTP, as the browser reloads them.
Slow (the first build of the copy), so it is here rather than in tests/.
"""

from __future__ import annotations

import json
import re
import time

import pytest

from bench_build import PAGE_URL, SNIPPET, Serving, fetch, project_copy

NEEDS_CHROMIUM = False  # read by conftest.py
EDIT_SHOWS_WITHIN = 60.0  # seconds; a page edit takes about one, a hook edit rebuilds every page


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    work = tmp_path_factory.mktemp("serve")
    project_copy(work / "project")
    serving = Serving(work / "project", work / "serve.log")
    try:
        serving.first_build()
        yield serving
    finally:
        serving.stop()
    log = (work / "serve.log").read_text(encoding="utf-8")
    assert "WARNING" not in log and "ERROR" not in log, log[-3000:]


def navigation(html: str) -> list[str]:
    """The titles of the links in the site's navigation (MkDocs leaves those it did not read empty)."""
    nav = html.split('class="md-nav md-nav--primary"', 1)[1].split(
        'class="md-nav md-nav--secondary"'
    )[0]
    return re.findall(r'<span class="md-ellipsis">\s*(.*?)\s*</span>', nav, re.S)


def shows(serving: Serving, path: str, text: str) -> bool:
    deadline = time.monotonic() + EDIT_SHOWS_WITHIN
    while time.monotonic() < deadline:
        if text in (fetch(serving.url + path) or ""):
            return True
        time.sleep(0.1)
    return False


def test_snippet_edit_shows_on_its_pages(served):
    before = fetch(served.url + PAGE_URL)
    index = json.loads(fetch(served.url + "search/search_index.json"))
    token = f"edited-{time.time_ns()}"
    time.sleep(1)  # the watcher polls: a new modification time, not one within its last look
    snippet = served.project / SNIPPET
    snippet.write_text(snippet.read_text(encoding="utf-8") + f"# {token}\n", encoding="utf-8")
    assert shows(served, PAGE_URL, token), f"{PAGE_URL} does not show the edit of {SNIPPET}"
    assert shows(served, "en/" + PAGE_URL, token), f"en/{PAGE_URL} does not show it either"
    after = fetch(served.url + PAGE_URL)
    # Only the pages that include it were rebuilt; theirs still name every other page.
    assert navigation(after) == navigation(before)
    assert all(navigation(after))
    again = json.loads(fetch(served.url + "search/search_index.json"))
    assert [d["location"] for d in again["docs"]] == [d["location"] for d in index["docs"]]


def test_hook_edit_shows(served):
    hook = served.project / "scripts" / "hooks" / "output_blocks.py"
    text = hook.read_text(encoding="utf-8")
    marked = 'r\'<div class="highlight output hook-edited">'
    assert 'r\'<div class="highlight output">' in text
    time.sleep(1)
    hook.write_text(text.replace('r\'<div class="highlight output">', marked), encoding="utf-8")
    # MkDocs loads a hook once per process; the edit shows only if it is loaded again.
    assert shows(served, PAGE_URL, "hook-edited"), (
        f"{PAGE_URL} does not show the edited hook's work"
    )
