"""Draw every Mermaid diagram of the site as an SVG, into docs/assets/diagrams/.

    python scripts/dev.py diagrams

The build puts each drawing into its page in place of the ```mermaid fence
(scripts/hooks/diagrams.py), so a reader's browser loads no Mermaid: the page
is lighter by about 240 KB and the diagram is there before any script runs.
The drawing is made the way the site would make it in the browser: the site is
built with PCN_LIVE_DIAGRAMS=1, so Material draws each diagram with the Mermaid
the site serves (docs/assets/vendor/mermaid), in Debian's Chromium; its colours
are CSS variables of Material's palette, so one drawing serves light and dark.
Each file is named by a digest of the diagram's source; drawings no page uses
any more are deleted. tests/test_diagrams.py fails while a drawing is missing.
"""

from __future__ import annotations

import html
import os
import re
import sys
import tempfile
from pathlib import Path

import sitekit
from cli import fail
from hooks.diagrams import DIAGRAMS, diagram_key
from site_files import ROOT

FENCE = re.compile(r'<pre[^>]*class="mermaid"><code>(.*?)</code></pre>', re.S)
# Material draws each diagram into a closed shadow root; opening it lets us read the SVG.
OPEN_SHADOW_ROOTS = """(() => {
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) { return attach.call(this, { ...init, mode: "open" }); };
})();"""
DRAWN = """() => !document.querySelector("pre.mermaid")
  && [...document.querySelectorAll("div.mermaid")].every(d => d.shadowRoot && d.shadowRoot.querySelector("svg"))"""
SVGS = """() => [...document.querySelectorAll("div.mermaid")].map(d => d.shadowRoot.querySelector("svg").outerHTML)"""


def _drop_attributes(svg: str, elements: str, names: tuple[str, ...]) -> str:
    """Remove the attributes `names` from every tag of the elements `elements` ("rect|line")."""
    attribute = re.compile(rf' (?:{"|".join(names)})="[^"]*"')
    return re.sub(rf"<(?:{elements})\b[^>]*>", lambda tag: attribute.sub("", tag[0]), svg)


def valid_in_html(svg: str, svg_id: str) -> str:
    """Make Mermaid's SVG valid HTML once it is part of the page (the Nu Html Checker agrees).

    Its labels put a <p> inside a <span>, which HTML does not allow: each <p> becomes a
    <span class="p"> styled as a block, and its CSS follows."""
    svg = svg.replace("<p>", '<span class="p">').replace("</p>", "</span>")
    # Attributes SVG does not define, which Mermaid writes and nothing reads once drawn.
    svg = _drop_attributes(svg, "circle", ("width", "height"))
    svg = _drop_attributes(svg, "rect|line", ("name",))

    def restyle(m: re.Match) -> str:
        rules = re.sub(r"(?<=[ ,])p(?=[{,:\s])", ".p", m[1])
        return f"<style>{rules}#{svg_id} .p{{display:block;}}</style>"

    return re.sub(r"<style>(.*?)</style>", restyle, svg, count=1, flags=re.S)


def main() -> int:
    from playwright.sync_api import sync_playwright

    missing = sitekit.chromium_missing()
    if missing:
        fail(missing)
    os.environ["PCN_LIVE_DIAGRAMS"] = "1"  # the build leaves the fences for Mermaid to draw
    drawn: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="pcn-diagrams-") as tmp:
        try:
            server = sitekit.serve_built_site(Path(tmp))
        except RuntimeError as e:
            fail(f"{e}".splitlines()[0] + ": run `python scripts/dev.py build` to see why")
        try:
            with sync_playwright() as playwright:
                browser = sitekit.launch_chromium(playwright)
                context = browser.new_context(viewport={"width": 1280, "height": 900})
                context.add_init_script(OPEN_SHADOW_ROOTS)
                for path in server.pages():
                    built = (server.directory / path / "index.html").read_text("utf-8")
                    sources = [html.unescape(s) for s in FENCE.findall(built)]
                    if not sources:
                        continue
                    page = context.new_page()
                    page.goto(server.url + path)
                    page.wait_for_function(DRAWN, timeout=30_000)
                    svgs = page.evaluate(SVGS)
                    page.close()
                    if len(svgs) != len(sources):
                        fail(f"{path}: {len(sources)} diagram(s) in the page, {len(svgs)} drawn")
                    for source, svg in zip(sources, svgs):
                        key = diagram_key(source)
                        if 'aria-roledescription="error"' in svg:
                            fail(
                                f"{path}: Mermaid cannot draw the diagram that starts {source.strip().splitlines()[0]!r}: fix its syntax (mermaid.live shows why)"
                            )
                        svg_id = re.search(r'<svg id="([^"]+)"', svg)[1]
                        drawn[key] = valid_in_html(
                            svg.replace(svg_id, f"diagram-{key}"), f"diagram-{key}"
                        )
                        print(f"  {path:32} {key}.svg  {source.strip().splitlines()[0]}")
                browser.close()
        finally:
            server.stop()
    DIAGRAMS.mkdir(parents=True, exist_ok=True)
    for key, svg in drawn.items():
        (DIAGRAMS / f"{key}.svg").write_text(svg + "\n", encoding="utf-8")
    stale = [f for f in DIAGRAMS.glob("*.svg") if f.stem not in drawn]
    for f in stale:
        f.unlink()
    print(
        f"{len(drawn)} diagram(s) drawn into {DIAGRAMS.relative_to(ROOT)}/; {len(stale)} unused drawing(s) deleted"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
