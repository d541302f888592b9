"""Where each listing runs, and the verified results, written into the pages.

* Under each Python listing's title: where it runs (scripts/runs_on.py, from
  the skip markers above it).
* In place of their placeholders (``{{ python.tested }}``, ``{{ verified.table }}``):
  the version facts, the count of examples per platform and the table of test
  results (scripts/verified_on.py).
* In place of their ``<!-- bench:... -->`` markers: the benchmark's tables on
  the choosing page, from docs/assets/bench/results.json (scripts/bench_tables.py).

This hook is not in scripts/hooks/: MkDocs puts only a hook's own folder on
sys.path while loading it, and runs_on, verified_on and bench_tables live here
in scripts/, where the tests import them too (search_tags_hook.py, for
glossary.py, is here for the same reason).
"""

from __future__ import annotations

import html as htmllib
import re

import bench_tables
import runs_on
import verified_on

# A Python listing and the marker comments right above it, which Markdown keeps in the HTML.
LISTING = re.compile(
    r"(?P<markers>(?:<!--\s*pytest\.mark\.[^\n]*?-->\s*)*)"
    r'(?P<open><div class="highlight"><span class="filename">[^<]*\.py</span>)'
)


def page_language(page) -> str:
    return "en" if page.file.src_uri.endswith(".en.md") else "zh"


def _runs_on(html: str, page) -> str:
    language = page_language(page)

    def add(m: re.Match) -> str:
        text = runs_on.WORDS[language]["label"] + runs_on.label(
            runs_on.markers_of(m["markers"]), language
        )
        return f'{m["markers"]}{m["open"]}<span class="runs-on">{htmllib.escape(text)}</span>'

    return LISTING.sub(add, html)


def on_page_markdown(markdown: str, page, config, files) -> str:
    language = page_language(page)
    if "{{ verified.table }}" in markdown:
        markdown = markdown.replace("{{ verified.table }}", verified_on.render(language))
    markdown = bench_tables.fill(markdown, language)
    return runs_on.fill(markdown, language)


def on_page_content(html: str, page, config, files) -> str:
    return _runs_on(html, page)
