"""scripts/bench_concurrency.py works, plots included (scripts/bench_plots.py), and its committed results are the ones the pages show.

The script runs at its tiny size (well under a second of work); the tests
check the shape of what it writes, never the timings, which depend on the
machine.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "bench_concurrency.py"
COMMITTED = ROOT / "docs" / "assets" / "bench"
SVG = "{http://www.w3.org/2000/svg}"
MODELS = {"sequential", "threads", "processes", "asyncio"}
CONFIGS = {("sequential", 1)} | {
    (m, n) for m in ("threads", "processes", "asyncio") for n in (1, 2, 4)
}


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], cwd=ROOT, capture_output=True, text=True, timeout=60
    )


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("bench")
    result = run("--size", "tiny", "--out", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def check_results(data: dict, size: str) -> None:
    assert data["size"] == size
    machine = data["machine"]
    for key in (
        "cpu_model",
        "cpu_count",
        "os",
        "python",
        "implementation",
        "free_threaded_build",
        "gil_enabled",
    ):
        assert key in machine, key
    assert isinstance(machine["cpu_count"], int) and machine["cpu_count"] >= 1
    assert isinstance(machine["free_threaded_build"], bool) and isinstance(
        machine["gil_enabled"], bool
    )
    repeat = data["parameters"]["repeat"]
    assert {"active", "measurements_redone"} <= set(data["load_guard"])
    assert set(data["jobs"]) == {"cpu-bound", "io-bound"}
    for job in data["jobs"].values():
        rows = job["results"]
        assert {(r["model"], r["workers"]) for r in rows} == CONFIGS
        for r in rows:
            assert len(r["samples_s"]) == repeat
            assert len(r["others_cores"]) == repeat and all(
                len(pair) == 2 for pair in r["others_cores"]
            )
            assert all(s > 0 for s in r["samples_s"])
            assert r["min_s"] <= r["median_s"] <= r["max_s"]
            assert r["speedup"] > 0


def check_svg(path: Path) -> None:
    root = ET.parse(path).getroot()  # raises on malformed XML
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox"), "the plot scales with a viewBox"
    assert root.get("width") is None, "no fixed width: the plot must shrink to a phone's width"
    title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert (title.text or "").strip() and (desc.text or "").strip(), (
        "a <title> and a <desc> for screen readers"
    )
    assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
    assert not [r for r in root.iter(f"{SVG}rect") if r.get("width") == "100%"], (
        "no background: transparent"
    )
    bars = [r for r in root.iter(f"{SVG}rect") if r.find(f"{SVG}title") is not None]
    assert len(bars) == 9, "one bar per model (3) and worker count (3)"
    for bar in bars:
        assert float(bar.get("height")) >= 0


PLOTS = ("cpu-bound.svg", "cpu-bound.en.svg", "io-bound.svg", "io-bound.en.svg")


# The tests that share the tiny run, on one worker: it runs once.
@pytest.mark.xdist_group("tiny-benchmark")
def test_tiny_run_writes_results_and_plots(tiny):
    check_results(json.loads((tiny / "results.json").read_text(encoding="utf-8")), "tiny")
    for name in PLOTS:
        check_svg(tiny / name)


@pytest.mark.xdist_group("tiny-benchmark")
def test_replot_redraws_the_plots_from_results_json(tiny):
    for name in PLOTS:
        (tiny / name).unlink()
    result = run("--replot", "--out", str(tiny))
    assert result.returncode == 0, result.stdout + result.stderr
    for name in PLOTS:
        check_svg(tiny / name)


@pytest.mark.parametrize(
    "args",
    [
        ["--size", "huge"],
        ["--repeat", "0"],
        ["--repeat", "many"],
        ["--patience", "-1"],
        ["--patience", "nan"],
        ["--patience", "inf"],
        ["--colour"],
        ["--replot", "--out", "no/such/folder"],
    ],
    ids=[
        "bad size",
        "repeat 0",
        "repeat not a number",
        "negative patience",
        "patience nan",
        "patience inf",
        "unknown option",
        "replot without results",
    ],
)
def test_wrong_argument_is_one_line_not_a_traceback(args):
    result = run(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stderr.startswith("scripts/bench_concurrency.py: "), result.stderr


def test_unwritable_out_is_one_line(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    result = run("--size", "tiny", "--out", str(blocker / "sub"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_committed_results_are_well_formed():
    check_results(json.loads((COMMITTED / "results.json").read_text(encoding="utf-8")), "full")
    for name in PLOTS:
        check_svg(COMMITTED / name)


@pytest.mark.parametrize("page", ["docs/threads/choosing.md", "docs/threads/choosing.en.md"])
def test_pages_show_the_committed_numbers(page):
    """Each table row `| model | workers | median | speed-up |` matches results.json."""
    data = json.loads((COMMITTED / "results.json").read_text(encoding="utf-8"))
    text = (ROOT / page).read_text(encoding="utf-8")
    names = {"顺序执行": "sequential", "线程": "threads", "进程": "processes"}
    row = re.compile(
        r"^\|\s*`?(sequential|threads|processes|asyncio|顺序执行|线程|进程)`?\s*\|\s*(\d)\s*\|"
        r"\s*([\d.]+)\s*\|\s*([\d.]+)×?\s*\|",
        re.M,
    )
    for job in ("cpu-bound", "io-bound"):
        marker = f"<!-- bench:{job} -->"
        assert marker in text, f"{page}: the {job} table starts with {marker}"
        table = text.split(marker, 1)[1].lstrip("\n").split("\n\n", 1)[0]
        shown = {
            (names.get(m, m), int(n)): (float(t), float(x)) for m, n, t, x in row.findall(table)
        }
        expected = {
            (r["model"], r["workers"]): (round(r["median_s"], 2), r["speedup"])
            for r in data["jobs"][job]["results"]
        }
        assert set(shown) == set(expected), f"{page}: the {job} table has rows {sorted(shown)}"
        for key, (seconds, speedup) in expected.items():
            assert shown[key] == (seconds, round(speedup, 2)), (
                f"{page}: {job} {key} shows {shown[key]}, results.json says {seconds} s, x{speedup}; "
                f"rerun the script or refresh the table"
            )
