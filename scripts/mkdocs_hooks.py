"""MkDocs hooks for this site (listed under ``hooks:`` in mkdocs.yml).

mkdocs-static-i18n merges every language into one search index at
``/search/search_index.json``, so an English reader would get Chinese results
and the other way round. These hooks give each language its own index:

* every page of a non-default language gets a search ``base`` pointing at its
  language root (``../en/``), so its search loads ``/en/search/...`` and its
  results lead to English pages;
* after the last build, the merged index is split by location.

They also

* mark program output (the ```text fences titled 输出 / Output) with the class
  ``output``, which assets/extra.css styles apart from code;
* put in place of each Mermaid diagram the SVG that ``python scripts/dev.py
  diagrams`` drew of it (docs/assets/diagrams/), so that a reader's browser
  loads no Mermaid at all; with PCN_LIVE_DIAGRAMS=1 in the environment (which
  that command uses), and under ``mkdocs serve`` for a diagram not drawn yet,
  Mermaid draws it in the browser instead;
* say under each Python listing's title where it runs (scripts/runs_on.py,
  from the skip markers above it), and put the version facts, the count of
  examples per platform and the table of test results (scripts/verified_on.py)
  in place of their placeholders (``{{ python.tested }}``, ``{{ verified.table }}``);
* keep listings, output and diagrams out of the search index;
* load mkdocstrings' stylesheet only on the pages that show its output, and
  Material's script deferred;
* repair the few HTML errors of Material's and mkdocstrings' markup;
* keep a 404 page per language: each language's build writes ``404.html`` at
  the site root, so the last one would win; the default language's stays
  there and every other one goes to ``<lang>/404.html``.
"""

from __future__ import annotations

import hashlib
import html as htmllib
import json
import logging
import os
import re
from pathlib import Path

from mkdocs.plugins import event_priority

# scripts/runs_on.py and scripts/verified_on.py: MkDocs puts the hook's folder on sys.path while loading it.
import runs_on
import verified_on

log = logging.getLogger("mkdocs.hooks")
DIAGRAMS = Path(__file__).resolve().parents[1] / "docs" / "assets" / "diagrams"

CONFIG_SCRIPT = re.compile(
    r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S
)


def _language_prefixes(config) -> list[str]:
    """URL prefixes of the non-default languages, such as ``["en/"]``."""
    i18n = config.plugins["i18n"]
    return [f"{lang.locale}/" for lang in i18n.config.languages if not lang.default and lang.build]


def _rebase_search(output: str, prefix: str) -> str:
    """Point the page's search at its language's index, beneath ``prefix`` (``en/``)."""

    def rebase(match: re.Match) -> str:
        data = json.loads(match.group(2))
        # With a trailing slash: Material resolves "search/search_index.json" and every
        # result's location against it, and "../en" would resolve them beside en/.
        data["base"] = f"{data['base'].rstrip('/')}/{prefix}"
        return match.group(1) + json.dumps(data, ensure_ascii=False) + match.group(3)

    return CONFIG_SCRIPT.sub(rebase, output, count=1)


# Material's bundle, a classic script at the end of <body>: deferred, it no longer holds up the
# first paint (it still runs before DOMContentLoaded, which is when Material starts).
BUNDLE = re.compile(r'<script src="([^"]*assets/javascripts/bundle\.[0-9a-f]+\.min\.js)"></script>')


def _defer_bundle(output: str) -> str:
    return BUNDLE.sub(r'<script src="\1" defer></script>', output, count=1)


# <a id="__codelineno-0-7" name="__codelineno-0-7" href="#__codelineno-0-7"></a>, one per code line;
# mkdocstrings' source listings come without href, and restart at block 0 (duplicate ids).
LINE_ANCHOR = re.compile(
    r'<a id="__codelineno-(\w+)-(\d+)" name="__codelineno-\1-\2"(?: href="[^"]*")?>'
)


def _valid_html(output: str) -> str:
    """Repair the few things the Nu Html Checker finds in what Material and mkdocstrings write."""
    # An empty tabindex (Material's navigation section labels) means no tabindex: drop it.
    output = output.replace(' tabindex=""', "")
    # The table of contents' title is a label for a checkbox that not every page has.
    if 'id="__toc"' not in output:
        output = output.replace(' for="__toc"', "")
    blocks: dict[str, tuple[str, int]] = {}  # block number as written -> (unique number, last line)
    used: set[str] = set()

    def unique(match: re.Match) -> str:
        block, line = match[1], int(match[2])
        if block not in blocks or line <= blocks[block][1]:  # a new listing
            blocks[block] = (block if block not in used else f"{block}x{len(used)}", line)
            used.add(blocks[block][0])
        new = blocks[block][0]
        blocks[block] = (new, line)
        anchor = f"__codelineno-{new}-{line}"
        return f'<a id="{anchor}" name="{anchor}" href="#{anchor}">'

    return LINE_ANCHOR.sub(unique, output)


def on_post_page(output: str, page, config) -> str:
    output = _valid_html(_defer_bundle(output))
    for prefix in _language_prefixes(config):
        if page.url.startswith(prefix) or page.url == prefix.rstrip("/"):
            return _rebase_search(output, prefix)
    return output


# <div class="highlight"><span class="filename">输出</span>: a ```text title="输出" fence.
# Also 输出（自由线程构建） / Output (free-threaded build): an output some Pythons print instead.
OUTPUT_BLOCK = re.compile(
    r'<div class="highlight"><span class="filename">((?:输出|Output)(?:[ （(][^<]*)?)</span>'
)


# Every listing, output and diagram: kept out of the search index (see on_page_content).
SEARCH_EXCLUDED = re.compile(r'<(div|pre) class="(highlight|mermaid|diagram)')

# A ```mermaid fence as pymdownx.superfences writes it, and the caption line after it.
MERMAID_FENCE = re.compile(
    r'<pre class="mermaid"><code>(?P<source>.*?)</code></pre>(?P<after>\s*<p class="caption">(?P<caption>.*?)</p>)?',
    re.S,
)
SVG_WIDTH = re.compile(r'<svg[^>]*?style="max-width: (?P<width>[\d.]+)px')
_command = ["build"]


def on_startup(command, dirty):
    _command[0] = command


def diagram_key(source: str) -> str:
    """The name of a diagram's SVG: a digest of its Mermaid source (tests/test_diagrams.py agrees)."""
    return hashlib.sha256(source.strip().encode("utf-8")).hexdigest()[:12]


def _prerendered(html: str, page) -> str:
    if os.environ.get("PCN_LIVE_DIAGRAMS"):
        return html

    def replace(m: re.Match) -> str:
        source = htmllib.unescape(m["source"])
        svg_file = DIAGRAMS / f"{diagram_key(source)}.svg"
        if not svg_file.is_file():
            first = source.strip().splitlines()[0]
            lines = page.markdown.splitlines() if page.markdown else []
            # The fence's line: the one before the diagram's first line.
            line = next(
                (n - 1 for n, text in enumerate(lines, 1) if text.strip() == first.strip()), 0
            )
            message = (
                f"docs/{page.file.src_uri}:{line}: this Mermaid diagram has no drawing in docs/assets/diagrams/ "
                f"(it is new, or changed since it was drawn). Run `python scripts/dev.py diagrams` (needs "
                f"Chromium), then commit docs/assets/diagrams/"
            )
            if _command[0] == "serve":
                log.info(message + "; until then Mermaid draws it in the browser")
            else:
                log.warning(message)
            return m[0]
        svg = svg_file.read_text(encoding="utf-8")
        width = SVG_WIDTH.search(svg)
        style = f' style="--diagram-width: {width["width"]}px"' if width else ""
        caption = re.sub(r"<[^>]+>", "", m["caption"] or "").strip()
        label = f' role="group" aria-label="{htmllib.escape(caption)}"' if caption else ""
        return f'<div class="diagram"{label}{style}>{svg}</div>{m["after"] or ""}'

    return MERMAID_FENCE.sub(replace, html)


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
    return runs_on.fill(markdown, language)


def on_page_content(html: str, page, config, files) -> str:
    html = OUTPUT_BLOCK.sub(r'<div class="highlight output"><span class="filename">\1</span>', html)
    html = _runs_on(html, page)
    html = _prerendered(html, page)
    # Listings and output are a third of the index's bytes and not what a reader searches for:
    # the prose around them names every API they use. Without them every page loads a smaller
    # index, and Chinese search answers sooner. Inline `code` stays in the index.
    return SEARCH_EXCLUDED.sub(r'<\1 data-search-exclude class="\2', html)


MKDOCSTRINGS_CSS = "assets/_mkdocstrings.css"
_extra_css: list[str] = []


# After mkdocstrings and i18n, which add mkdocstrings' stylesheet (once per language build).
@event_priority(-300)
def on_config(config):
    _extra_css[:] = dict.fromkeys(config.extra_css)  # each stylesheet once
    return config


def on_page_context(context, page, config, nav):
    """mkdocstrings' stylesheet only on pages it renders (the API reference): one render-blocking request less."""
    needed = 'class="doc doc-' in (page.content or "")
    config.extra_css[:] = [css for css in _extra_css if needed or css != MKDOCSTRINGS_CSS]
    return context


_error_pages: dict[str, str] = {}  # language -> its rendered 404.html


def on_post_template(output: str, template_name: str, config) -> str:
    if template_name != "404.html":
        return output
    output = _valid_html(_defer_bundle(output))
    i18n = config.plugins["i18n"]
    language = i18n.current_language
    if language != i18n.default_language:
        output = _rebase_search(output, f"{language}/")
    _error_pages[language] = output
    return output


# After mkdocs-static-i18n (-100), which writes the merged index last.
@event_priority(-200)
def on_post_build(config) -> None:
    if config.plugins["i18n"].building:  # an inner, per-language build
        return
    site = Path(config.site_dir)
    default = config.plugins["i18n"].default_language
    for language, page in _error_pages.items():
        target = site / "404.html" if language == default else site / language / "404.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page, encoding="utf-8")
    _error_pages.clear()
    merged_path = site / "search" / "search_index.json"
    if not merged_path.exists():
        return
    merged = json.loads(merged_path.read_text(encoding="utf-8"))
    prefixes = _language_prefixes(config)
    default_docs = [d for d in merged["docs"] if not d["location"].startswith(tuple(prefixes))]
    _write_index(merged_path, merged["config"], default_docs)
    for prefix in prefixes:
        docs = [
            {**d, "location": d["location"][len(prefix) :]}
            for d in merged["docs"]
            if d["location"].startswith(prefix)
        ]
        _write_index(site / prefix / "search" / "search_index.json", merged["config"], docs)


def _write_index(path: Path, config: dict, docs: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps({"config": config, "docs": docs}, ensure_ascii=False, separators=(",", ":")),
        encoding="utf-8",
    )
