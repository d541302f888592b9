"""Each Mermaid diagram as the SVG drawn of it beforehand, so that a reader's browser loads no Mermaid.

``python scripts/dev.py diagrams`` draws every diagram into docs/assets/diagrams/
(scripts/render_diagrams.py); this hook puts that drawing in place of the
```mermaid fence. With PCN_LIVE_DIAGRAMS=1 in the environment (which that
command uses), and under ``mkdocs serve`` for a diagram not drawn yet, Mermaid
draws it in the browser instead.
"""

from __future__ import annotations

import hashlib
import html as htmllib
import logging
import os
import re
from pathlib import Path

log = logging.getLogger("mkdocs.hooks")
DIAGRAMS = Path(__file__).resolve().parents[2] / "docs" / "assets" / "diagrams"

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


def on_page_content(html: str, page, config, files) -> str:
    return _prerendered(html, page)
