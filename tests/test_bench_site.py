"""scripts/bench_site.py reads the figures it compares from Lighthouse's report (the benchmark itself
needs Chromium and minutes; this checks its arithmetic on a report made by hand)."""

from __future__ import annotations

import bench_site
import sitekit


def test_lighthouse_figures_reads_every_compared_audit():
    compared = [audit for audit, _, _ in bench_site.OVER_BARE]
    report = {
        "categories": {c: {"score": 0.94} for c in sitekit.LIGHTHOUSE_CATEGORIES},
        "audits": {audit: {"numericValue": 1000.0} for audit in compared}
        | {"long-tasks": {"details": {"items": [{"duration": 120.0}, {"duration": 30.0}]}}},
    }
    figures = bench_site.lighthouse_figures(report)
    # Each long task blocks for its time beyond 50 ms: 70 + 0.
    assert figures["whole-load-blocking"] == 70.0
    assert all(figures[c] == 94.0 for c in sitekit.LIGHTHOUSE_CATEGORIES)
    assert all(figures[a] == 1000.0 for a in compared if a != "whole-load-blocking")
