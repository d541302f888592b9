"""Lighthouse 12 (npm, pinned in tests/browser/node/) on the model article, mobile profile.

Accessibility, best practices and SEO must score 95 or more: they do not depend
on timing. The performance score is a timing measurement that moves with the
machine's load (on this 2-core machine, 98, 94 and 86 in three runs while other
work ran), so, like every speed of this project, it is measured and printed
here (median of three runs), not held. The benchmark `python scripts/dev.py
bench-site` holds what is ours: blocking time, paints and bytes against bare
Material's, Lighthouse on both in turn (its docstring says why the score itself
is not held). The reports go to test-artifacts/lighthouse/.
"""

from __future__ import annotations

import re
import statistics

import pytest

import sitekit

CATEGORIES = sitekit.LIGHTHOUSE_CATEGORIES
GATED = ("accessibility", "best-practices", "seo")  # performance: scripts/bench_site.py
RUNS = 3
MINIMUM = 0.95


def lighthouse(url: str, report: str) -> dict:
    try:
        return sitekit.run_lighthouse(url, report)
    except RuntimeError as e:
        pytest.fail(str(e), pytrace=False)


def weak_audits(result: dict, category: str) -> list[str]:
    found = []
    for ref in result["categories"][category]["auditRefs"]:
        audit = result["audits"][ref["id"]]
        if ref["weight"] and audit["score"] is not None and audit["score"] < 1:
            found.append(
                f"{audit['id']} {audit['score']:.2f} {audit.get('displayValue', '')}".strip()
            )
    return found


@pytest.mark.parametrize("path", ["processes/fork/", "en/processes/fork/"])
def test_lighthouse_mobile(site, path):
    slug = re.sub(r"[^A-Za-z0-9]+", "-", path).strip("-")
    results = [lighthouse(site.url + path, f"{slug}-{n}") for n in range(1, RUNS + 1)]
    scores = {c: [r["categories"][c]["score"] for r in results] for c in CATEGORIES}
    median = {c: statistics.median(s) for c, s in scores.items()}
    print(
        f"\nLighthouse (mobile) {path}: "
        + ", ".join(f"{c} {round(100 * median[c])}" for c in CATEGORIES)
    )
    low = [c for c in GATED if median[c] < MINIMUM]
    if low:
        details = "\n".join(
            f"  {c}: {[round(100 * s) for s in scores[c]]} (median {round(100 * median[c])}); "
            f"weak audits of the first run: {weak_audits(results[0], c)}"
            for c in low
        )
        pytest.fail(
            f"Lighthouse scores under {round(100 * MINIMUM)} on {path}:\n{details}", pytrace=False
        )
