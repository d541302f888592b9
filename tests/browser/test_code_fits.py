"""Code that fits: no code block scrolls sideways on a desktop; on a phone, only the block does.

Desktop: at a 1280 px window, on every page in both languages, every code block
(``pre > code``: listings and output panels) shows its longest line whole. A
line that scrolls hides its end, often the comment that explains it. The
formatter keeps snippets to the 80 columns measured here (snippets/ruff.toml);
output that is longer still (a message Python writes) wraps there
(docs/assets/extra.css), listings never do.

Phone: at 390 px no listing fits (about 40 columns), and wrapping Python there
would be worse than scrolling: a wrapped line continues at the block's left
edge, where it reads as a dedented statement, and indentation is the syntax;
aligned output falls apart the same way. So every block keeps its lines
(``white-space: pre``, Material's default) and a long one scrolls sideways
inside itself, while the page itself never does.
"""

from __future__ import annotations

import pytest

import sitekit

DESKTOP = {"viewport": {"width": 1280, "height": 800}}
PHONE = sitekit.VIEWS["phone"]  # 390 x 844

# The code font as most readers get it. The stack in docs/assets/extra.css starts with
# ui-monospace, SF Mono and Menlo on macOS, Consolas on Windows, Liberation Mono on Linux; Menlo,
# Liberation Mono and DejaVu Sans Mono (Menlo's parent, installed here) are 0.6 em a column, the
# widest of them. A machine without them falls through to Noto Sans Mono CJK, 0.5 em, where 96
# columns fit and the test would pass lines that scroll on a Mac: so the test sets DejaVu Sans
# Mono and checks that it got a 0.6 em font. Every tab of a tabbed block is shown at once, and
# every <details> opened, so that no block is measured while hidden.
WIDEST_FONT = """
:root { --md-code-font: "DejaVu Sans Mono", monospace; }
.md-typeset .tabbed-set > .tabbed-content > .tabbed-block { display: block !important; }
"""
MIN_COLUMN_EM = 0.59

# Each code block: its title (or first line), its width and what it holds, its widest line as
# painted in its own font (a CJK character is wider than a column), and one column's width.
CODE_BLOCKS = """() => {
  document.querySelectorAll("article details").forEach(d => { d.open = true; });
  const ctx = document.createElement("canvas").getContext("2d");
  return [...document.querySelectorAll("article pre > code")].map(code => {
    const block = code.closest(".highlight") || code.parentElement;
    const title = block.querySelector(":scope > .filename");
    const style = getComputedStyle(code);
    ctx.font = `${style.fontSize} ${style.fontFamily}`;
    const lines = code.textContent.replace(/\\n$/, "").split("\\n");
    let widest = "", widestPx = 0;
    for (const line of lines) {
      const px = ctx.measureText(line).width;
      if (px > widestPx) { widest = line; widestPx = px; }
    }
    const inner = code.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const rect = code.getBoundingClientRect();
    return {
      title: title ? title.textContent.trim() : null,
      first: lines.find(l => l.trim()) || "",
      shown: code.getClientRects().length > 0,
      scrollWidth: code.scrollWidth, clientWidth: code.clientWidth,
      column: ctx.measureText("0".repeat(100)).width / 100, fontSize: parseFloat(style.fontSize),
      columns: Math.floor(inner / (ctx.measureText("0".repeat(100)).width / 100)),
      widest, widestPx: Math.round(widestPx), inner: Math.round(inner),
      overflowX: style.overflowX, whiteSpace: style.whiteSpace, right: rect.right,
    };
  });
}"""


def name_of(block: dict) -> str:
    return block["title"] or f"the untitled block starting {block['first'][:40]!r}"


def blocks_on(browser, site, page_path: str, view: dict, style: str = "") -> tuple[list, int, int]:
    """The page's code blocks, the page's width and the window's, in a fresh context."""
    context = browser.new_context(locale="zh-CN", **view)
    try:
        page = context.new_page()
        page.goto(site.url + page_path)
        if style:
            page.add_style_tag(content=style)
        page.evaluate("document.fonts.ready.then(() => true)")
        blocks = page.evaluate(CODE_BLOCKS)
        widths = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        return blocks, *widths
    finally:
        context.close()


def test_no_code_block_scrolls_on_a_desktop(page_path, browser, site):
    problems = []
    blocks, _, _ = blocks_on(browser, site, page_path, DESKTOP, WIDEST_FONT)
    for block in blocks:
        if block["column"] < MIN_COLUMN_EM * block["fontSize"]:
            pytest.fail(
                f"the code font is {block['column'] / block['fontSize']:.2f} em a column, not the "
                f"0.6 em of DejaVu Sans Mono: install it (Debian: apt-get install fonts-dejavu-core)",
                pytrace=False,
            )
        if not block["shown"]:
            problems.append(f"{name_of(block)} is hidden, so its width cannot be measured")
        elif block["scrollWidth"] > block["clientWidth"]:
            problems.append(
                f"{name_of(block)} scrolls sideways: its widest line is {block['widestPx']} px, "
                f"{len(block['widest'])} characters, in room for {block['columns']} columns "
                f"({block['inner']} px): {block['widest'].strip()!r}"
            )
    if problems:
        pytest.fail(
            f"{site.url}{page_path} at a 1280 px window:\n  "
            + "\n  ".join(problems)
            + "\nIn a snippet, `python scripts/dev.py format <file>` reflows the code; split a long "
            "string or comment by hand (a trailing comment goes on its own line above). A text "
            "block should wrap (docs/assets/extra.css): check its fence is ```text.",
            pytrace=False,
        )


def test_code_scrolls_inside_its_block_on_a_phone(page_path, browser, site):
    blocks, page_width, window_width = blocks_on(browser, site, page_path, PHONE)
    problems = []
    if page_width > window_width:
        problems.append(
            f"the page scrolls sideways: it is {page_width} px wide in a {window_width} px window"
        )
    for block in blocks:
        if not block["shown"]:
            continue  # in a closed <details> or another tab: nothing on screen to overflow
        if block["whiteSpace"] != "pre":
            problems.append(
                f"{name_of(block)} has white-space: {block['whiteSpace']}; wrapped Python "
                f"reads as wrongly indented, so code keeps its lines and scrolls"
            )
        if block["scrollWidth"] > block["clientWidth"] and block["overflowX"] not in (
            "auto",
            "scroll",
        ):
            problems.append(
                f"{name_of(block)} is wider than its block but cannot scroll "
                f"(overflow-x: {block['overflowX']})"
            )
        if block["right"] > window_width + 0.5:
            problems.append(
                f"{name_of(block)} runs past the window's right edge ({block['right']:.0f} px)"
            )
    if problems:
        pytest.fail(
            f"{site.url}{page_path} at a 390 px phone:\n  " + "\n  ".join(problems), pytrace=False
        )
