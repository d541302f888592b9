"""Every page of the built site, in four views: desktop and phone width, light and dark palette.

On each: no console error, no JavaScript error, no failed request, no request
to any host but the site's own; every Mermaid diagram rendered to an SVG (not
Mermaid's error picture) and captioned; every image with alt text and a
caption; headings in order; the language selector pointing at this page's
twin; and axe-core finding no serious or critical violation (desktop in both
palettes, phone in light). A screenshot of each view goes to
test-artifacts/screenshots/<view>-<scheme>/: the first screen of every page,
and the whole page for the home pages, the model article and every page with
a diagram.
"""

from __future__ import annotations

import pytest
import sitekit

AXE = sitekit.NODE_MODULES / "axe-core" / "axe.min.js"
WHOLE_PAGE_SHOTS = ("", "en/", "processes/fork/", "en/processes/fork/")

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
            where = "; ".join(" ".join(node["target"]) for node in violation["nodes"][:3])
            found.append(
                f"axe {violation['impact']}: {violation['id']} ({violation['help']}) at {where}"
            )
    return found


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
            f"{site.url}{page_path}:\n  " + "\n  ".join(dict.fromkeys(problems)), pytrace=False
        )
