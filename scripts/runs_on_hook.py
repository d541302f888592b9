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
import site_files
import verified_on

# A Python listing and the marker comments right above it, which Markdown keeps in the HTML.
LISTING = re.compile(
    r"(?P<markers>(?:<!--\s*pytest\.mark\.[^\n]*?-->\s*)*)"
    r'(?P<open><div class="highlight"><span class="filename">[^<]*\.py</span>)'
)


def _runs_on(html: str, page) -> str:
    language = site_files.language(page.file.src_uri)

    def add(m: re.Match) -> str:
        text = runs_on.WORDS[language]["label"] + runs_on.label(
            runs_on.markers_of(m["markers"]), language
        )
        return f'{m["markers"]}{m["open"]}<span class="runs-on">{htmllib.escape(text)}</span>'

    return LISTING.sub(add, html)


# The table of verified results (thousands of tags with CI's results) skips Markdown: its place
# holds this comment until the page is HTML. Markdown would only copy it, at a cost of a second
# of the build's CPU with a local `dev.py matrix`'s results.
TABLE_SLOT = "<!-- verified.table -->"
VERIFIED_TABLE = re.compile(r'<div class="verified".*?</table></div>', re.S)
_tables: dict[str, str] = {}  # page -> its table, from on_page_markdown to on_page_content


def on_page_markdown(markdown: str, page, config, files) -> str:
    language = site_files.language(page.file.src_uri)
    if "{{ verified.table }}" in markdown:
        text = verified_on.render(language)
        table = VERIFIED_TABLE.search(text)
        if table:
            _tables[page.file.src_uri] = table[0]
            text = text.replace(table[0], TABLE_SLOT)
        markdown = markdown.replace("{{ verified.table }}", text)
    markdown = bench_tables.fill(markdown, language)
    return runs_on.fill(markdown, language)


def on_page_content(html: str, page, config, files) -> str:
    table = _tables.pop(page.file.src_uri, None)
    if table is not None:
        html = html.replace(TABLE_SLOT, table, 1)
    return _runs_on(html, page)
