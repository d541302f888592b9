"""Diagrams a reader can read: at a 1280 px window, no label of any diagram is smaller than 12 px.

A drawing made in advance (scripts/render_diagrams.py) is as wide as Mermaid
laid it out, and the page scales it down to the width of the article: a
left-to-right flowchart of five long labels, 1700 px wide, came out at less
than half size, its labels about 7 px high. This measures every label of every
diagram on every page, in both languages, as painted: its font size times the
scale the SVG is drawn at on screen (getScreenCTM: the viewBox scaled to the
width the SVG gets, and any transform Mermaid put on the way). A diagram
that fails is laid out top-down (``flowchart TB``) or split, or its labels
shortened; then ``python scripts/dev.py diagrams`` draws it again.

On a phone a diagram keeps the size it was drawn at and scrolls sideways
(docs/assets/extra.css), so only the desktop width is measured here.
"""

from __future__ import annotations

import pytest

DESKTOP = {"viewport": {"width": 1280, "height": 800}}
MIN_LABEL_PX = 12

# Each drawn diagram of the article: its caption (the aria-label the build gives it, which is
# the caption under it), its width as drawn and as shown, and every piece of text in it with
# the size it is painted at. A label is an element with text of its own, inside a <text> (SVG
# text: sequence diagrams) or a <foreignObject> (HTML labels: flowcharts, state diagrams).
DIAGRAM_LABELS = """() => [...document.querySelectorAll("article div.diagram")].map(figure => {
  const svg = figure.querySelector(":scope > svg");
  const next = figure.nextElementSibling;
  const caption = figure.getAttribute("aria-label")
    || (next && next.matches("p.caption") ? next.textContent.trim() : "");
  const labels = [];
  for (const element of svg.querySelectorAll("*")) {
    const own = [...element.childNodes]
      .filter(node => node.nodeType === Node.TEXT_NODE)
      .map(node => node.textContent).join(" ").replace(/\\s+/g, " ").trim();
    const host = element.closest("text, foreignObject");
    if (!own || !host || !element.getClientRects().length) continue;
    const matrix = host.getScreenCTM();
    const scale = Math.hypot(matrix.a, matrix.b);
    labels.push({text: own, px: parseFloat(getComputedStyle(element).fontSize) * scale});
  }
  return {
    caption,
    drawn: svg.viewBox.baseVal ? svg.viewBox.baseVal.width : null,
    shown: svg.getBoundingClientRect().width,
    labels,
  };
})"""


def test_diagram_labels_are_legible(page_path, browser, site):
    if 'class="diagram"' not in site.html(page_path):
        return  # nothing to measure; test_reading.py checks the site has diagrams at all
    context = browser.new_context(locale="zh-CN", **DESKTOP)
    try:
        page = context.new_page()
        page.goto(site.url + page_path)
        page.evaluate("document.fonts.ready.then(() => true)")
        diagrams = page.evaluate(DIAGRAM_LABELS)
    finally:
        context.close()
    assert diagrams, f"{page_path}: the built page has a diagram, but none is shown in the article"
    problems = []
    for number, diagram in enumerate(diagrams, 1):
        name = repr(diagram["caption"]) if diagram["caption"] else f"diagram {number} (no caption)"
        if not diagram["labels"]:
            problems.append(f"{name}: no text found in it, so nothing could be measured")
            continue
        smallest = min(diagram["labels"], key=lambda label: label["px"])
        if smallest["px"] < MIN_LABEL_PX - 0.05:
            problems.append(
                f"{name}: its smallest label is shown at {smallest['px']:.1f} px, "
                f"{smallest['text']!r} (the drawing is {diagram['drawn']:.0f} px wide, "
                f"shown at {diagram['shown']:.0f} px)"
            )
    if problems:
        pytest.fail(
            f"{site.url}{page_path} at a 1280 px window, labels under {MIN_LABEL_PX} px:\n  "
            + "\n  ".join(problems)
            + "\nLay the diagram out top-down (flowchart TB instead of LR), split it, or shorten "
            "its labels; then run `python scripts/dev.py diagrams` and commit docs/assets/diagrams/.",
            pytrace=False,
        )
