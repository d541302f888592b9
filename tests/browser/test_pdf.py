"""The offline edition (scripts/build_pdf.py): one PDF per language, printed from the built site.

The PDFs are printed once, by the suite's Chromium from the site it serves. Then:
every page's title and every output a page shows (scripts/blocks.py finds them)
is in its language's PDF; the links between pages are links inside the PDF, and
each page has a bookmark; every font is embedded; and the page count is in reason. Text comes from poppler's
pdftotext (pypdf took three minutes a language, pdftotext seconds); links, fonts
and pages from pypdf.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

import build_pdf
import verified_on
from blocks import read_blocks
from hooks.offline_edition import PDFS
from site_files import language, pages, rel

# The home page and API reference aside, a page prints on 2 to 40 sheets.
MOST_SHEETS_PER_PAGE = 25


def _flat(text: str) -> str:
    """Text to compare: the PDF breaks lines where it wraps, so no whitespace at all; NFKC, since
    a CJK font's ToUnicode may give a Kangxi radical (⽤) for the ideograph (用)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


@pytest.fixture(scope="session")
def printed(browser, site) -> dict[str, build_pdf.Printed]:
    made = build_pdf.print_pdfs(browser, site.url, site.directory)
    for pdf in made:
        print(pdf)  # shown with -s: pages, size and time per language
    return {pdf.language: pdf for pdf in made}


@pytest.fixture(scope="session")
def texts(printed) -> dict[str, str]:
    pdftotext = shutil.which("pdftotext")
    if not pdftotext:
        pytest.fail(
            "the offline edition's test reads the PDFs with pdftotext: install poppler-utils "
            "(sudo apt-get install poppler-utils)",
            pytrace=False,
        )
    return {lang: _flat(pdf_text(pdftotext, pdf.path)) for lang, pdf in printed.items()}


def pdf_text(pdftotext: str, pdf: Path) -> str:
    """The PDF's text, line by line as printed (-layout: a table's columns stay on their line),
    without the page numbers at the foot of each page, which would split a block that runs on."""
    run = subprocess.run(
        [pdftotext, "-layout", "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return re.sub(r"^\s*\d+ / \d+\s*$", "", run.stdout, flags=re.M)


def _title(page: Path) -> str:
    text = page.read_text(encoding="utf-8")
    text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)  # the front matter
    for line in text.splitlines():
        if line.startswith("# "):
            return re.sub(r"\s*\{#[^}]*\}\s*$", "", line[2:]).strip()
    raise AssertionError(f"{rel(page)} has no title (a line starting with '# ')")


@pytest.mark.parametrize("lang", list(PDFS))
def test_every_title_and_output_is_in_the_pdf(texts, lang):
    text = texts[lang]
    missing = []
    for page in pages():
        if language(page) != lang:
            continue
        title = _title(page)
        if _flat(title) not in text:
            missing.append(f"{rel(page)}: its title {title!r}")
        for block in read_blocks(page):
            for shown in [*block.outputs, *block.samples]:
                if _flat(shown.text) not in text:
                    first = shown.text.strip().splitlines()[0] if shown.text.strip() else ""
                    missing.append(
                        f"{rel(page)}:{shown.line}: the output shown for the block at line "
                        f"{block.line} ({first[:60]!r}...)"
                    )
    if missing:
        pytest.fail(
            f"{PDFS[lang]} lacks what the site shows (is the page in the nav of mkdocs.yml, and does "
            f"scripts/build_pdf.py print it?):\n  " + "\n  ".join(missing),
            pytrace=False,
        )


def _links(reader: PdfReader) -> tuple[list[str], list[str]]:
    """The PDF's links: named destinations inside it, and addresses outside it."""
    inside, outside = [], []
    for sheet in reader.pages:
        for annotation in sheet.get("/Annots") or []:
            annotation = annotation.get_object()
            if annotation.get("/Subtype") != "/Link":
                continue
            action = annotation.get("/A") or {}
            if "/Dest" in annotation:
                inside.append(str(annotation["/Dest"]))
            elif action.get("/S") == "/GoTo":
                inside.append(str(action["/D"]))
            elif action.get("/S") == "/URI":
                outside.append(str(action["/URI"]))
    return inside, outside


def _flatten(outline: list) -> list:
    return [
        found
        for item in outline
        for found in (_flatten(item) if isinstance(item, list) else [item])
    ]


@pytest.mark.parametrize("lang", list(PDFS))
def test_links_between_pages_stay_inside_the_pdf(printed, lang):
    reader = PdfReader(printed[lang].path)
    inside, outside = _links(reader)
    nav = build_pdf.nav_pages()
    # At the least, the table of contents links every page.
    assert len(inside) >= len(nav), (
        f"{PDFS[lang]} has {len(inside)} links inside it, fewer than the {len(nav)} pages its table "
        f"of contents links: check ASSEMBLE in scripts/build_pdf.py"
    )
    bookmarks = _flatten(reader.outline)
    assert len(bookmarks) >= len(nav), (
        f"{PDFS[lang]} has {len(bookmarks)} bookmarks for {len(nav)} pages: check add_bookmarks "
        f"in scripts/build_pdf.py"
    )
    destinations = reader.named_destinations
    dead = sorted({d for d in inside if d not in destinations and not d.startswith("[")})
    assert not dead, f"{PDFS[lang]}: links to places the PDF does not have: {dead[:10]}"
    local = sorted({u for u in outside if re.match(r"https?://(127\.0\.0\.1|localhost)", u)})
    assert not local, (
        f"{PDFS[lang]} links the local server it was printed from: {local[:5]}. Links to the site "
        f"must become links inside the PDF (ASSEMBLE in scripts/build_pdf.py)"
    )


@pytest.mark.parametrize("lang", list(PDFS))
def test_fonts_are_embedded_and_pages_in_reason(printed, lang):
    reader = PdfReader(printed[lang].path)
    not_embedded, names = set(), set()
    for sheet in reader.pages:
        for font in (sheet["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            described = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            descriptor = (
                (described.get("/FontDescriptor") or {}).get_object()
                if "/FontDescriptor" in described
                else {}
            )
            name = str(descriptor.get("/FontName") or font.get("/BaseFont") or "?").split("+")[-1]
            names.add(name)
            # A Type 3 font's glyphs are drawn in the file itself: embedded by definition.
            if font["/Subtype"] != "/Type3" and not any(
                key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
            ):
                not_embedded.add(name)
    assert not not_embedded, f"{PDFS[lang]}: fonts not embedded: {sorted(not_embedded)}"
    if lang == "zh":
        assert any("CJK" in name for name in names), (
            f"{PDFS[lang]}: no CJK font among {sorted(names)}: install fonts-noto-cjk"
        )
    nav = len(build_pdf.nav_pages())
    sheets = printed[lang].pages
    assert nav < sheets < nav * MOST_SHEETS_PER_PAGE, (
        f"{PDFS[lang]}: {sheets} pages for {nav} pages of the site"
    )


def test_the_verified_table_fits_on_paper_with_twice_ci_s_runs(browser, site):
    """The table of where each snippet was verified has a column per run: CI's 22, more after a local
    `python scripts/dev.py matrix`. With 45 runs, on paper, it stays inside the margins and a file
    name takes at most two lines (PRINT_CSS in scripts/build_pdf.py)."""
    runs = [
        verified_on.Run(system, f"3.{minor}", method)
        for system in verified_on.RUNNER_OS.values()
        for minor in range(10, 15)
        for method in ("default", "fork", "spawn")
    ]
    passed = {snippet: verified_on.Outcome("passed") for snippet in verified_on.all_snippets()}
    results = verified_on.Results(runs={run: passed for run in runs})
    html = verified_on.render("zh", results, runs)
    table = html[
        html.index('<div class="verified"') : html.index("</table></div>") + len("</table></div>")
    ]
    page = browser.new_page(viewport={"width": build_pdf.PAPER_WIDTH, "height": 1000})
    try:
        page.emulate_media(media="print")
        build_pdf.assemble(page, site.url, "zh", slugs={"verified"})
        # In place of the page's own table, which a checkout without results does not have.
        page.eval_on_selector(
            "#verified article",
            """(article, table) => {
                article.querySelector("div.verified")?.remove();
                article.insertAdjacentHTML("beforeend", table);
            }""",
            table,
        )
        assert page.evaluate(build_pdf.CLIPPED) == []
        lines = page.evaluate(
            """() => Math.max(...[...document.querySelectorAll("div.verified tbody th")].map(
                th => th.getBoundingClientRect().height / parseFloat(getComputedStyle(th).lineHeight)))"""
        )
        assert lines <= 2.5, f"a file name takes {lines:.1f} lines: its column is too narrow"
    finally:
        page.close()
