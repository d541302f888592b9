"""Valid HTML on every page and the 404 page, though Material's and mkdocstrings' markup is not quite.

The few errors the Nu Html Checker finds come from the theme and from
mkdocstrings, not from the pages, so they are repaired in the written HTML.
"""

from __future__ import annotations

import re

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
    return _valid_html(output)


def on_post_template(output: str, template_name: str, config) -> str:
    # The 404 page is a template, not a page: on_post_page never sees it.
    return _valid_html(output) if template_name == "404.html" else output
