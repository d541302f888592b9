"""Every page exists in both languages: docs/x.md (Chinese) and docs/x.en.md (English)."""

from __future__ import annotations

import pytest

from site_files import ROOT, by_folder, is_english, pages, rel, twin

# One test per folder of docs/ (site_files.by_folder says why).
IN_FOLDER = by_folder([rel(p) for p in pages()])


@pytest.mark.parametrize("folder", IN_FOLDER)
def test_every_page_has_a_translation(folder):
    problems = []
    for page in IN_FOLDER[folder]:
        other = twin(page)
        if not (ROOT / other).is_file():
            language = "English" if is_english(other) else "Chinese"
            problems.append(
                f"{page}:1: this page has no {language} version. Create {other} with the same "
                f"headings, includes and shown output, translated"
            )
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
