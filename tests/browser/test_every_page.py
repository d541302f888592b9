"""Every page of the built site, in four views: desktop and phone width, light and dark palette.

On each: no console error, no JavaScript error, no failed request, no request
to any host but the site's own; every Mermaid diagram rendered to an SVG (not
Mermaid's error picture) and captioned; every image with alt text and a
caption; headings in order; the language selector pointing at this page's
twin; axe-core finding no serious or critical violation (desktop in both
palettes, phone in light); and every text element, code tokens on highlighted
lines included, at WCAG AA contrast as measured from the painted colours, with
the page, the element, both colours and the ratio in a failure. A screenshot of each view goes to
test-artifacts/screenshots/<view>-<scheme>/: the first screen of every page,
and the whole page for the home pages, the model article and every page with
a diagram.
"""

from __future__ import annotations

import pytest

import sitekit

AXE = sitekit.NODE_MODULES / "axe-core" / "axe.min.js"
WHOLE_PAGE_SHOTS = ("", "en/", "processes/fork/", "en/processes/fork/")
AA_CONTRAST = 4.5
AA_CONTRAST_LARGE = 3.0  # 24 px, or 18.66 px bold, and larger

PAGE_FACTS = """() => {
  const article = document.querySelector("article.md-content__inner");
  const headings = [...article.querySelectorAll("h1, h2, h3, h4, h5, h6")].map(h => [Number(h.tagName[1]), h.textContent.trim()]);
  const captionOf = i => {
    const figure = i.closest("figure");
    if (figure) return figure.querySelector("figcaption") ? figure.querySelector("figcaption").textContent.trim() : null;
    const next = i.closest("p") && i.closest("p").nextElementSibling;
    return next && next.matches("p.caption") ? next.textContent.trim() : null;
  };
  const images = [...article.querySelectorAll("img")].map(i => [i.getAttribute("src"), (i.getAttribute("alt") || "").trim(), captionOf(i)]);
  // div.diagram: drawn in advance (scripts/render_diagrams.py); div.mermaid: drawn live by Mermaid.
  const diagrams = [...article.querySelectorAll("div.diagram, div.mermaid")].map(d => {
    const svg = d.matches(".diagram") ? d.querySelector(":scope > svg") : d.shadowRoot && d.shadowRoot.querySelector("svg");
    let next = d.nextElementSibling;
    return {
      svg: !!svg,
      error: !!svg && svg.getAttribute("aria-roledescription") === "error",
      width: d.getBoundingClientRect().width,
      caption: next && next.matches("p.caption") ? next.textContent.trim() : null,
    };
  });
  const languages = Object.fromEntries([...document.querySelectorAll("a.md-select__link[hreflang]")].map(a => [a.hreflang, a.href]));
  return {lang: document.documentElement.lang, headings, images, diagrams, languages};
}"""


# Every element with text of its own (code tokens, output, prose, navigation, header, footer): its
# colour and the colour behind it, as the browser paints them. A 1x1 canvas turns any CSS colour
# syntax into sRGB bytes, and the background is the stack of the ancestors' backgrounds composited
# as on screen. axe-core alone is not enough: it reports text it cannot place, such as the tokens of
# a highlighted line (drawn with a negative margin over its block), as "incomplete", passing it on
# one machine and failing it on another with the same Chromium (issue #12). Text inside a diagram's
# SVG is drawn by its own palette and left to axe.
TEXT_COLOURS = """() => {
  const canvas = document.createElement("canvas");
  canvas.width = canvas.height = 1;
  const ctx = canvas.getContext("2d", {willReadFrequently: true});
  const rgba = css => {
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = "#000";
    ctx.fillStyle = css;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
    return [r, g, b, a / 255];
  };
  const over = (top, below, alpha = top[3]) =>
    [0, 1, 2].map(i => top[i] * alpha + below[i] * (1 - alpha)).concat([1]);
  // Each element's backdrop (opaque) and opacity, from its parent's: one getComputedStyle an element.
  const painted = new Map([[null, {bg: [255, 255, 255, 1], opacity: 1}]]);
  const paint = element => {
    if (painted.has(element)) return painted.get(element);
    const below = paint(element.parentElement);
    const style = getComputedStyle(element);
    const result = {
      style,
      bg: over(rgba(style.backgroundColor), below.bg),
      opacity: below.opacity * Number(style.opacity),
    };
    painted.set(element, result);
    return result;
  };
  const seen = new Map();
  for (const element of document.body.querySelectorAll("*")) {
    if (element.closest("svg, script, style, template, [hidden], [aria-hidden=true]")) continue;
    const text = [...element.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join("").trim();
    if (!text || !element.getClientRects().length) continue;
    const {style, bg, opacity} = paint(element);
    if (style.visibility !== "visible" || opacity < 0.05) continue;  // hidden or faded out
    const ink = rgba(style.color);
    const fg = over(ink, bg, ink[3] * opacity);
    const size = parseFloat(style.fontSize), bold = Number(style.fontWeight) >= 700;
    const large = size >= 24 || (bold && size >= 18.66);
    const line = element.closest(".hll") ? ".hll > " : "";
    const classes = [...element.classList].slice(0, 2).map(c => "." + c).join("");
    const where = `${line}${element.tagName.toLowerCase()}${classes}`;
    const key = `${where} ${fg} ${bg}`;
    if (!seen.has(key)) seen.set(key, {where, text: text.slice(0, 30), fg, bg, large});
  }
  return [...seen.values()];
}"""


def luminance(rgb) -> float:
    def channel(value: float) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(fg, bg) -> float:
    """WCAG 2's contrast ratio of two opaque sRGB colours."""
    light, dark = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def hex_colour(rgb) -> str:
    return "#" + "".join(f"{round(v):02x}" for v in rgb[:3])


def low_contrast_text(page) -> list[str]:
    """Text below WCAG AA (4.5:1, or 3:1 for large text), each with its colours and ratio."""
    found = []
    for element in page.evaluate(TEXT_COLOURS):
        ratio = contrast(element["fg"], element["bg"])
        needed = AA_CONTRAST_LARGE if element["large"] else AA_CONTRAST
        if ratio < needed:
            found.append(
                f"contrast {ratio:.2f}:1 (WCAG AA needs {needed}:1): {element['where']} "
                f"{element['text']!r}, {hex_colour(element['fg'])} on {hex_colour(element['bg'])}; "
                f"fix the colour in docs/assets/extra.css"
            )
    return found


@pytest.mark.parametrize(
    ("fg", "bg", "ratio"),
    [
        ((0, 0, 0), (255, 255, 255), 21.0),
        ((255, 255, 255), (255, 255, 255), 1.0),
        ((0x76, 0x76, 0x76), (255, 255, 255), 4.54),  # the lightest grey that passes on white
        (
            (0x1C, 0x7D, 0x4D),
            (0xE3, 0xEA, 0xF6),
            4.25,
        ),  # Material's string colour on a highlighted line
    ],
)
def test_contrast_ratio_is_wcag_2s(fg, bg, ratio):
    assert contrast(fg, bg) == pytest.approx(ratio, abs=0.01)


def run_axe(page) -> list[str]:
    if not AXE.exists():
        pytest.fail(
            f"{AXE} is missing: run the suite with `python scripts/dev.py browser-test`",
            pytrace=False,
        )
    page.add_script_tag(path=str(AXE))
    results = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
    )
    found = []
    for violation in results:
        if violation["impact"] in ("serious", "critical"):
            where = "; ".join(describe_node(node) for node in violation["nodes"][:3])
            found.append(
                f"axe {violation['impact']}: {violation['id']} ({violation['help']}) at {where}"
            )
    return found


def describe_node(node: dict) -> str:
    """An axe result's element; for a contrast failure, also its two colours and their ratio."""
    target = " ".join(node["target"])
    data = next((check.get("data") for check in node.get("any", []) if check.get("data")), None)
    if isinstance(data, dict) and "contrastRatio" in data:
        return (
            f"{target} ({data.get('fgColor')} on {data.get('bgColor')}, "
            f"{data['contrastRatio']}:1, needs {data.get('expectedContrastRatio')})"
        )
    return target


def expected_twin(site: sitekit.SiteServer, page_path: str) -> dict[str, str]:
    """The language selector's targets: the same page in each language, or that language's home."""
    pages = set(site.pages())
    base = page_path[len("en/") :] if page_path.startswith("en/") else page_path
    zh = base if base in pages else ""
    en = "en/" + base if ("en/" + base) in pages else "en/"
    return {"zh": site.url + zh, "en": site.url + en}


def check_facts(site, page_path: str, facts: dict) -> list[str]:
    problems = []
    language = "en" if page_path.startswith("en/") else "zh"
    if facts["lang"] != language:
        problems.append(f'<html lang="{facts["lang"]}">, expected "{language}"')
    levels = [level for level, _ in facts["headings"]]
    if levels[:1] != [1] or levels.count(1) != 1:
        problems.append(
            f"the article should start with its one h1; its headings are {facts['headings']}"
        )
    for (before, _), (level, text) in zip(facts["headings"], facts["headings"][1:]):
        if level > before + 1:
            problems.append(f"heading {text!r} is an h{level} right after an h{before}")
    for src, alt, caption in facts["images"]:
        if not alt:
            problems.append(f"image {src} has no alt text")
        if not caption:
            problems.append(
                f'image {src} has no caption (<figcaption>, or <p class="caption"> after it)'
            )
    for n, diagram in enumerate(facts["diagrams"], 1):
        if not diagram["svg"] or diagram["error"]:
            problems.append(f"diagram {n} is not an SVG, or Mermaid drew its error picture")
        if not diagram["caption"]:
            problems.append(
                f'diagram {n} has no caption (<p class="caption"> right after the fence)'
            )
    if facts["languages"] != expected_twin(site, page_path):
        problems.append(
            f"the language selector links to {facts['languages']}, expected {expected_twin(site, page_path)}"
        )
    return problems


def test_page(page_path, open_page, site):
    problems = []
    for view in sitekit.VIEWS:
        for scheme in sitekit.SCHEMES:
            reader = open_page(view, scheme)
            reader.goto(page_path)
            reader.settle()
            if (view, scheme) == ("desktop", "light"):
                problems += check_facts(site, page_path, reader.page.evaluate(PAGE_FACTS))
            if (view, scheme) != ("phone", "dark"):  # axe in both palettes, and at phone width
                problems += [f"{p} ({view}, {scheme})" for p in run_axe(reader.page)]
            problems += [f"{p} ({view}, {scheme})" for p in low_contrast_text(reader.page)]
            whole = (
                page_path in WHOLE_PAGE_SHOTS
                or reader.page.locator("div.diagram, div.mermaid").count() > 0
            )
            reader.page.screenshot(
                path=sitekit.screenshot_path(view, scheme, page_path), full_page=whole
            )
            problems += [f"{p} ({view}, {scheme})" for p in reader.problems]
            reader.page.context.close()
    if problems:
        pytest.fail(
            f"{site.source(page_path)} ({site.url}{page_path}):\n  "
            + "\n  ".join(dict.fromkeys(problems)),
            pytrace=False,
        )
