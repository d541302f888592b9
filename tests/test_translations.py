"""Every page exists in both languages: docs/x.md (Chinese) and docs/x.en.md (English)."""

from __future__ import annotations

import pytest

from site_files import ROOT, is_english, pages, rel, twin


@pytest.mark.parametrize("page", [rel(p) for p in pages()])
def test_page_has_a_translation(page):
    other = twin(page)
    if not (ROOT / other).is_file():
        language = "English" if is_english(other) else "Chinese"
        pytest.fail(
            f"{page}:1: this page has no {language} version. Create {other} with the same headings, "
            f"includes and shown output, translated",
            pytrace=False,
        )
