"""The terms of the glossary (docs/glossary.md, docs/glossary.en.md), as a reader would type them.

Used by the search benchmark (tests/browser/test_search_quality.py), which asks for every term,
and by tests/test_search_words.py, which keeps jieba's word list (scripts/search_words.txt) in step.
"""

from __future__ import annotations

import re
from pathlib import Path

DOCS = Path(__file__).resolve().parents[1] / "docs"
PAGES = {"zh": "glossary.md", "en": "glossary.en.md"}


def terms(language: str) -> list[str]:
    """Each term of the table in its language's column: "守护进程 / 守护线程" is two terms, and
    "reentrant lock (`RLock`)" is "reentrant lock" (the benchmark asks for the API name apart)."""
    column = 0 if language == "zh" else 1
    found = []
    for line in (DOCS / PAGES[language]).read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not line.startswith("| ") or len(cells) < 3 or set(cells[0]) <= {"-", " "}:
            continue
        if cells[0] in ("中文", "Chinese"):  # the header row
            continue
        cell = re.sub(r"\s*\(.*?\)", "", cells[column].replace("`", ""))
        # "过时/依版本而定" is two terms, but "I/O 密集型" is one.
        found += [t.strip() for t in re.split(r"\s+/\s+|(?<!I)/(?!O)", cell) if t.strip()]
    return found
