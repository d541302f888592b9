"""Every page exists in both languages: docs/x.md (Chinese) and docs/x.en.md (English)."""

from __future__ import annotations

import pytest

from codeblocks import pages, rel


def _twin(page: str) -> str:
    return (
        page[: -len(".en.md")] + ".md"
        if page.endswith(".en.md")
        else page[: -len(".md")] + ".en.md"
    )


@pytest.mark.parametrize("page", [rel(p) for p in pages()])
def test_page_has_a_translation(page):
    from codeblocks import ROOT

    twin = _twin(page)
    if not (ROOT / twin).is_file():
        language = "English" if twin.endswith(".en.md") else "Chinese"
        pytest.fail(
            f"{page}:1: this page has no {language} version. Create {twin} with the same headings, "
            f"includes and shown output, translated",
            pytrace=False,
        )
