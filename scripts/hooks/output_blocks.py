"""Program output (the ```text fences titled 输出 / Output) gets the class ``output``.

assets/extra.css styles output apart from code, so that a reader never takes
what a program printed for code to type.
"""

from __future__ import annotations

import re

# <div class="highlight"><span class="filename">输出</span>: a ```text title="输出" fence.
# Also 输出（自由线程构建） / Output (free-threaded build): an output some Pythons print instead.
OUTPUT_BLOCK = re.compile(
    r'<div class="highlight"><span class="filename">((?:输出|Output)(?:[ （(][^<]*)?)</span>'
)


def on_page_content(html: str, page, config, files) -> str:
    return OUTPUT_BLOCK.sub(r'<div class="highlight output"><span class="filename">\1</span>', html)
