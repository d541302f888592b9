"""jieba's word list for the search index (scripts/search_words.txt) holds every Chinese glossary term.

mkdocs.yml gives it to the search plugin as jieba_dict_user, so that each term is one word of the
index. A term added to the glossary and not to the list would be cut into pieces, and searched
for by its first piece only (Material's worker cuts a Chinese query into the index's words).
"""

from __future__ import annotations

import re

import glossary
from site_files import ROOT, rel

WORDS = ROOT / "scripts" / "search_words.txt"


def han_terms() -> list[str]:
    # The plugin runs jieba over runs of Chinese characters only: "fork 服务器" and
    # "生产者-消费者模式" reach it in pieces, and a word list entry for them would never match.
    return [t for t in glossary.terms("zh") if re.fullmatch(r"[\u4e00-\u9fff]+", t)]


def test_every_chinese_glossary_term_is_a_word():
    lines = WORDS.read_text(encoding="utf-8").splitlines()
    listed = [(n, w) for n, line in enumerate(lines, 1) for w in line.split()]
    missing = [t for t in han_terms() if t not in {w for _n, w in listed}]
    assert not missing, f"{rel(WORDS)}: add these glossary terms, one a line: {missing}"
    stale = [f"{rel(WORDS)}:{n}: {w}" for n, w in listed if w not in han_terms()]
    assert not stale, "remove these words, which the glossary no longer has:\n" + "\n".join(stale)
