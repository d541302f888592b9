"""The offline edition: the built site printed as one PDF per language.

    python scripts/dev.py build
    python scripts/dev.py pdf [SITE]        # SITE: the built site, site/ by default

For each language, the built site is served (scripts/sitekit.py) and its home
page opened in Debian's Chromium; the page's body is replaced by a print
document: a cover, a table of contents linking to every page, then the article
of every page of the nav, in nav order. Navigation, search, header and footer
are left out. Ids get a prefix per page, so that they stay unique, and every
link between pages becomes a link inside the document; folded <details> are
opened and code blocks wrap; anything still wider than the paper stops the
print, naming its page. Chromium prints it on A4 and embeds the fonts it used:
Noto CJK (Debian's fonts-noto-cjk), whose glyphs are CFF outlines, as Type 3
fonts (the glyphs drawn in the file; the text stays searchable and copyable).
The PDFs go to SITE/pdf/ under the names of scripts/hooks/offline_edition.py,
which lets the home pages link them. tests/browser/test_pdf.py reads them back.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import sitekit
from cli import Parser, fail
from hooks.offline_edition import PDFS
from site_files import ROOT, default_language, mkdocs_config, nav_translations, page_url, twin

LABELS = {
    "zh": {"contents": "目录", "edition": "离线版（PDF），生成于 {date}"},
    "en": {"contents": "Contents", "edition": "Offline edition (PDF), made on {date}"},
}

# What the print document adds to the site's own stylesheets.
PRINT_CSS = """
@page { size: A4; }
.pdf-cover { break-after: page; padding-top: 30vh; text-align: center; }
.pdf-cover h1 { font-size: 2.4em; margin-bottom: 0.5em; }
.pdf-toc { break-after: page; }
.pdf-toc ol { list-style: none; padding: 0; margin-left: 0; }
.pdf-toc ol li { margin: 0.2em 0 !important; }  /* over Material's [dir=ltr] list indent */
.pdf-toc ol li.pdf-group { font-weight: 700; break-after: avoid; }
.pdf-page { break-before: page; }
.md-typeset { font-size: 10.5pt; }
/* Code and output wrap at the paper's edge, instead of being cut off there. */
.md-typeset pre, .md-typeset pre > code {
  white-space: pre-wrap !important; overflow-wrap: anywhere; overflow: visible !important;
  max-height: none !important;
}
.md-typeset__scrollwrap, .md-typeset__table { overflow: visible !important; }
.md-typeset h1, .md-typeset h2, .md-typeset h3, .md-typeset h4 { break-after: avoid; }
.md-typeset svg, .md-typeset img { max-width: 100%; height: auto; break-inside: avoid; }
/* The table of where each snippet was verified has a column per run: CI's 22, and more after a
   local `dev.py matrix`. On paper it takes the page's width: the file names 30% of it, the runs
   an equal share of the rest, each as narrow as one line of its name, so 45 runs still fit. */
.md-typeset div.verified table {
  display: table; table-layout: fixed; width: 100%; font-size: 0.4rem;
}
.md-typeset div.verified thead th:first-child { width: 30%; }
.md-typeset div.verified th, .md-typeset div.verified td { padding: 0.1em 0; }
.md-typeset div.verified .verified-run { line-height: 1.1; }
.md-typeset div.verified tbody th { white-space: normal; overflow-wrap: anywhere; }
"""

# Runs in the home page: fetches every page, takes its article, and makes the print document.
ASSEMBLE = """
async ({pages, labels, css}) => {
  const here = new URL(location.href);
  const slugOf = new Map(pages.map(p => [new URL(p.url, here).pathname, p.slug]));
  const problems = [], contents = [];
  const toc = document.createElement("ol");
  const book = [];
  for (const p of pages) {
    const url = new URL(p.url, here);
    const response = await fetch(url);
    const doc = new DOMParser().parseFromString(await response.text(), "text/html");
    const article = doc.querySelector("article.md-content__inner");
    if (!response.ok || !article) { problems.push(`${p.url}: HTTP ${response.status}${article ? "" : ", no article"}`); continue; }
    article.querySelectorAll(".headerlink, .md-content__button, .md-source-file").forEach(e => e.remove());
    article.querySelectorAll("details").forEach(d => d.setAttribute("open", ""));
    article.querySelectorAll("[id]").forEach(e => { if (!e.closest("svg")) e.id = `${p.slug}--${e.id}`; });
    article.querySelectorAll("[src]").forEach(e => e.setAttribute("src", new URL(e.getAttribute("src"), url).href));
    article.querySelectorAll("a[href]").forEach(a => {
      if (a.closest("svg")) return;
      const target = new URL(a.getAttribute("href"), url);
      if (target.origin !== here.origin) return;  // another site: the link stays as it is
      const slug = slugOf.get(target.pathname);
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (slug) a.setAttribute("href", "#" + slug + (fragment ? "--" + fragment : ""));
      else a.replaceWith(...a.childNodes);  // a file of the site, such as this PDF: its text only
    });
    const section = document.createElement("section");
    section.className = "pdf-page";
    section.id = p.slug;
    section.append(document.adoptNode(article));
    book.push(section);
    for (const g of p.groups) {
      const group = toc.appendChild(document.createElement("li"));
      group.className = "pdf-group";
      group.style.paddingLeft = `${2 * g.depth}em`;
      group.textContent = g.title;
      contents.push({slug: p.slug, title: g.title, depth: g.depth});
    }
    const entry = toc.appendChild(document.createElement("li"));
    entry.style.paddingLeft = `${2 * p.depth}em`;
    const link = entry.appendChild(document.createElement("a"));
    link.href = "#" + p.slug;
    link.textContent = article.querySelector("h1")?.textContent.trim() || p.url;
    contents.push({slug: p.slug, title: link.textContent, depth: p.depth});
  }
  const cover = document.createElement("section");
  cover.className = "pdf-cover md-typeset";
  const title = cover.appendChild(document.createElement("h1"));
  title.textContent = document.title;
  for (const text of [document.querySelector('meta[name="description"]')?.content, labels.edition]) {
    cover.appendChild(document.createElement("p")).textContent = text || "";
  }
  const tocPage = document.createElement("nav");
  tocPage.className = "pdf-toc md-typeset";
  tocPage.appendChild(document.createElement("h2")).textContent = labels.contents;
  tocPage.append(toc);
  document.head.appendChild(document.createElement("style")).textContent = css;
  document.body.replaceChildren(cover, tocPage, ...book);
  await Promise.all([...document.images].map(img => img.complete ? null
    : new Promise(done => { img.onload = img.onerror = done; })));
  await document.fonts.ready;
  return {problems, contents};
}
"""

# Run after ASSEMBLE, at the paper's width: what would be cut off at the page's right edge.
CLIPPED = """
() => {
  const paper = document.documentElement.clientWidth;
  const why = e => {
    const edge = e.getBoundingClientRect().right;
    if (edge > paper + 1) return `reaches ${Math.ceil(edge)} px, past the paper's ${paper} px`;
    if (e.scrollWidth > e.clientWidth + 1) return `holds ${e.scrollWidth} px in ${e.clientWidth} px`;
    return null;
  };
  return [...document.querySelectorAll(".pdf-page pre > code, .pdf-page table, .pdf-page svg, .pdf-page img")]
    .filter(why)
    .map(e => `${e.closest(".pdf-page").id}: a ${e.localName} ${why(e)}`
      + ` (${(e.textContent || "").trim().slice(0, 40)}...)`);
}
"""
A4 = (210, 297)  # mm
MARGIN = 16  # mm, on every side
PAPER_WIDTH = round((A4[0] - 2 * MARGIN) / 25.4 * 96)  # px (96 to the inch) inside the margins
FOOTER = (
    '<div style="font-size: 8px; width: 100%; text-align: center; color: #666">'
    '<span class="pageNumber"></span> / <span class="totalPages"></span></div>'
)


class PrintError(Exception):
    """What stops a PDF from being printed as it should be."""


@dataclass
class Printed:
    language: str
    path: Path
    pages: int
    seconds: float

    def __str__(self) -> str:
        size = self.path.stat().st_size / 1e6
        return f"{self.path}: {self.pages} pages, {size:.1f} MB, {self.seconds:.1f} s"


def nav_outline(
    items: list | None = None, depth: int = 0
) -> list[tuple[str | None, int, str | None]]:
    """mkdocs.yml's nav, in order: (Markdown path, depth, None) for a page, and (None, depth,
    title) for a section without an index page of its own. A section's index page stands for it:
    the section's other pages come one level deeper."""
    found = []
    for item in mkdocs_config()["nav"] if items is None else items:
        title, value = next(iter(item.items())) if isinstance(item, dict) else (None, item)
        if not isinstance(value, list):
            found.append((value, depth, None))
        elif isinstance(value[0], str) and value[0].endswith("index.md"):
            found += [(value[0], depth, None), *nav_outline(value[1:], depth + 1)]
        else:
            found += [(None, depth, title), *nav_outline(value, depth + 1)]
    return found


def nav_pages() -> list[str]:
    """Every page of the nav, in order."""
    return [md for md, _depth, _title in nav_outline() if md]


def print_order(language: str) -> list[dict]:
    """The pages as ASSEMBLE takes them: each with its depth, and the headings of the sections
    without an index page that open just before it (`groups`, titles in `language`)."""
    translations = nav_translations(language)
    order, groups = [], []
    for md, depth, title in nav_outline():
        if md is None:
            groups.append({"title": translations.get(title, title), "depth": depth})
            continue
        order.append(
            {"slug": slug(md), "path": url_in(md, language), "depth": depth, "groups": groups}
        )
        groups = []
    return order


def url_in(markdown: str, language: str) -> str:
    """The URL of a nav page (processes/fork.md) in `language`: en/processes/fork/ in English."""
    return page_url(markdown if language == default_language() else twin(markdown))


def slug(markdown: str) -> str:
    return markdown.removesuffix(".md").replace("/", "-")


def add_bookmarks(pdf: Path, contents: list[dict]) -> int:
    """The PDF viewer's bookmarks, as the table of contents: a page of the site each, at the place
    Chromium made for its link. Returns the PDF's page count."""
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(pdf)
    writer = PdfWriter(clone_from=reader)
    places = {name.lstrip("/"): place for name, place in reader.named_destinations.items()}
    parents = []  # the last bookmark at each depth
    for entry in contents:
        if entry["slug"] not in places:
            raise PrintError(f"{pdf.name}: no place in the PDF for the page {entry['slug']}")
        number = reader.get_destination_page_number(places[entry["slug"]])
        depth = entry["depth"]
        item = writer.add_outline_item(
            title=entry["title"], page_number=number, parent=parents[depth - 1] if depth else None
        )
        parents[depth:] = [item]
    writer.page_mode = "/UseOutlines"  # the viewer opens with the bookmarks shown
    writer.write(pdf)
    return len(reader.pages)


def assemble(page, url: str, language: str, slugs: set[str] | None = None) -> dict:
    """The print document of `language` in the browser page, made in its home page from the site
    that `url` serves: every page of the nav, or those of `slugs` (processes-fork, say)."""
    page.goto(url + url_in("index.md", language))
    pages = [
        {**entry, "url": url + entry["path"]}
        for entry in print_order(language)
        if slugs is None or entry["slug"] in slugs
    ]
    labels = dict(LABELS[language])
    labels["edition"] = labels["edition"].format(date=date.today().isoformat())
    return page.evaluate(ASSEMBLE, {"pages": pages, "labels": labels, "css": PRINT_CSS})


def print_pdfs(browser, url: str, site: Path) -> list[Printed]:
    """Each language's PDF into `site`, the built site that `url` serves; one browser page."""
    # The layout at the width the paper leaves, so that what would be cut off is found before printing.
    page = browser.new_page(color_scheme="light", viewport={"width": PAPER_WIDTH, "height": 1000})
    page.emulate_media(media="print")
    printed = []
    for language, name in PDFS.items():
        started = time.monotonic()
        made = assemble(page, url, language)
        if made["problems"]:
            raise PrintError(
                f"pages of the nav missing from {site}: {'; '.join(made['problems'])}. Build the "
                f"whole site first (python scripts/dev.py build)"
            )
        clipped = page.evaluate(CLIPPED)
        if clipped:
            raise PrintError(
                f"{name}: would cut off at the paper's edge: {'; '.join(clipped)}. Make it fit "
                f"(PRINT_CSS in scripts/build_pdf.py wraps code and output; a table or drawing must too)"
            )
        pdf = site / name
        pdf.parent.mkdir(parents=True, exist_ok=True)
        page.pdf(
            path=pdf,
            format="A4",
            margin={side: f"{MARGIN}mm" for side in ("top", "bottom", "left", "right")},
            print_background=True,
            display_header_footer=True,
            header_template="<span></span>",
            footer_template=FOOTER,
        )
        count = add_bookmarks(pdf, made["contents"])
        printed.append(Printed(language, pdf, count, time.monotonic() - started))
    page.close()
    return printed


def main() -> None:
    parser = Parser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", nargs="?", type=Path, default=ROOT / "site", help="the built site")
    args = parser.parse_args()
    missing = sitekit.chromium_missing()
    if missing:
        fail(missing)
    site = args.site.resolve()
    for language in PDFS:
        home = site / url_in("index.md", language) / "index.html"
        if not home.is_file():
            fail(f"{home} does not exist: build the site first (python scripts/dev.py build)")
    from playwright.sync_api import sync_playwright

    server = sitekit.SiteServer(site).start()
    try:
        with sync_playwright() as playwright:
            browser = sitekit.launch_chromium(playwright)
            try:
                for printed in print_pdfs(browser, server.url, site):
                    print(printed)
            except PrintError as e:
                fail(str(e))
            browser.close()
    finally:
        server.stop()


if __name__ == "__main__":
    main()
