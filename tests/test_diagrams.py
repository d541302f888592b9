"""Every Mermaid diagram of the pages has its drawing in docs/assets/diagrams/, and no drawing is left over.

The build puts the drawing into the page in place of the ```mermaid fence
(scripts/hooks/diagrams.py); `python scripts/dev.py diagrams` makes them, in
Chromium. A drawing is named by a digest of the diagram's source, so a changed
diagram has no drawing until it is drawn again.
"""

from __future__ import annotations

import pytest

from hooks import diagrams as hooks
from site_files import DOCS, fences, pages, rel

DRAW = "python scripts/dev.py diagrams"


def _diagrams() -> list[tuple[str, int, str]]:
    """(page, line of the fence, source) of every ```mermaid fence."""
    found = []
    for page in pages():
        lines = page.read_text(encoding="utf-8").splitlines()
        for fence in fences(lines):
            if fence.language == "mermaid":
                source = "".join(line + "\n" for line in lines[fence.start : fence.end - 1])
                found.append((rel(page), fence.start, source))
    return found


DIAGRAMS = _diagrams()


def test_the_site_has_diagrams():
    assert DIAGRAMS, "no page has a ```mermaid fence: this test would check nothing"


@pytest.mark.parametrize(
    ("page", "line", "source"), DIAGRAMS, ids=[f"{p}:{n}" for p, n, _ in DIAGRAMS]
)
def test_diagram_is_drawn(page, line, source):
    key = hooks.diagram_key(source)
    drawing = hooks.DIAGRAMS / f"{key}.svg"
    if not drawing.is_file():
        pytest.fail(
            f"{page}:{line}: this Mermaid diagram has no drawing ({rel(drawing)}): it is new, or changed since "
            f"it was drawn. Run `{DRAW}` (needs Chromium), then commit docs/assets/diagrams/",
            pytrace=False,
        )
    svg = drawing.read_text(encoding="utf-8")
    assert svg.startswith(f'<svg id="diagram-{key}"'), (
        f"{rel(drawing)}: not a drawing made by `{DRAW}`"
    )
    assert 'aria-roledescription="error"' not in svg, (
        f"{rel(drawing)}: Mermaid drew its error picture"
    )


def test_no_drawing_is_left_over():
    used = {hooks.diagram_key(source) for _, _, source in DIAGRAMS}
    unused = sorted(rel(f) for f in hooks.DIAGRAMS.glob("*.svg") if f.stem not in used)
    assert not unused, (
        f"no page shows {', '.join(unused)} any more: run `{DRAW}`, which deletes unused drawings, "
        f"or delete them with git rm"
    )


def test_docs_folder_is_what_the_hooks_read():
    assert hooks.DIAGRAMS == DOCS / "assets" / "diagrams"
