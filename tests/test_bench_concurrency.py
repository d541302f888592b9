"""scripts/bench_concurrency.py works, plots included (scripts/bench_plots.py), and its committed results are the ones the pages show (scripts/bench_tables.py).

The script runs at its tiny size (a few seconds, most of them spent starting
processes with spawn and forkserver); the tests check the shape of what it
writes, never the timings, which depend on the machine.
"""

from __future__ import annotations

import copy
import json
import multiprocessing
import re
import shlex
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import bench_tables
from site_files import rel

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "bench_concurrency.py"
COMMITTED = ROOT / "docs" / "assets" / "bench"
# The same job measured on a free-threaded build, shown in a section of its own.
FREE_THREADED = COMMITTED / "free-threaded"
# The default build of the same CPython, built alike: what the free-threaded one is compared with.
DEFAULT_BUILD = COMMITTED / "default-build"
SVG = "{http://www.w3.org/2000/svg}"
MODELS = {"sequential", "threads", "processes", "asyncio"}
CONFIGS = {("sequential", 1)} | {
    (m, n) for m in ("threads", "processes", "asyncio") for n in (1, 2, 4)
}
# The process-start variants of the CPU-bound job: both pools, every start method this platform has.
METHODS = [
    m for m in ("fork", "forkserver", "spawn") if m in multiprocessing.get_all_start_methods()
]
VARIANTS = {(e, m, n) for e in ("ProcessPoolExecutor", "Pool") for m in METHODS for n in (1, 2, 4)}
PAGES = ["docs/threads/choosing.md", "docs/threads/choosing.en.md"]
FULL_RUN = ".venv/bin/python scripts/bench_concurrency.py"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        # The tiny run starts 50-odd worker processes, most with spawn or forkserver: seconds, and
        # more on a machine busy with the rest of the tests.
        [sys.executable, str(SCRIPT), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
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
    # process-start is missing from results measured before it existed, which still build the page.
    assert (
        {"cpu-bound", "io-bound"} <= set(data["jobs"]) <= {"cpu-bound", "io-bound", "process-start"}
    )
    for name, job in data["jobs"].items():
        rows = job["results"]
        if name == "process-start":
            check_process_start(rows, data)
        else:
            assert {(r["model"], r["workers"]) for r in rows} == CONFIGS
        for r in rows:
            assert len(r["samples_s"]) == repeat
            assert len(r["others_cores"]) == repeat and all(
                len(pair) == 2 for pair in r["others_cores"]
            )
            assert all(s > 0 for s in r["samples_s"])
            assert r["min_s"] <= r["median_s"] <= r["max_s"]
            assert r["speedup"] > 0


def check_process_start(rows: list[dict], data: dict) -> None:
    """Every pool under every start method with 1, 2 and 4 workers; ProcessPoolExecutor with the
    default start method is the cpu-bound job's processes rows, not a second measurement."""
    assert len(rows) == len({(r["executor"], r["start_method"], r["workers"]) for r in rows})
    assert {(r["executor"], r["start_method"], r["workers"]) for r in rows} == VARIANTS
    default = data["machine"]["start_method"]
    assert {r["start_method"] for r in rows if r["default"]} == {default}
    processes = {
        r["workers"]: r for r in data["jobs"]["cpu-bound"]["results"] if r["model"] == "processes"
    }
    for r in rows:
        if (r["executor"], r["start_method"]) == ("ProcessPoolExecutor", default):
            assert r["samples_s"] == processes[r["workers"]]["samples_s"]


def check_svg(path: Path, bars_expected: int = 9) -> None:
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
    assert len(bars) == bars_expected, (
        "one bar per model (or pool and start method) and worker count"
    )
    for bar in bars:
        assert float(bar.get("height")) >= 0


PLOTS = ("cpu-bound.svg", "cpu-bound.en.svg", "io-bound.svg", "io-bound.en.svg")
START_PLOTS = ("process-start.svg", "process-start.en.svg")


def check_start_svg(path: Path, lang: str) -> None:
    check_svg(path, bars_expected=len(VARIANTS))
    root = ET.parse(path).getroot()
    desc = root.find(f"{SVG}desc").text
    texts = " ".join(t.text or "" for t in root.iter(f"{SVG}text"))
    for name in ("ProcessPoolExecutor", "multiprocessing.Pool", *METHODS):
        assert name in texts and name in desc, (
            f"{path.name}: {name} named in the plot and its <desc>"
        )
    cjk = re.search(r"[\u4e00-\u9fff]", desc + texts)
    assert bool(cjk) == (lang == "zh"), (
        f"{path.name}: the words are in the {lang} version's language"
    )


# The tests that share the tiny run, on one worker: it runs once.
@pytest.mark.xdist_group("tiny-benchmark")
def test_tiny_run_writes_results_and_plots(tiny):
    data = bench_tables.load(tiny / "results.json")
    check_results(data, "tiny")
    assert "process-start" in data["jobs"], "a tiny run measures every process-start variant"
    for name in PLOTS:
        check_svg(tiny / name)
    check_start_svg(tiny / "process-start.svg", "zh")
    check_start_svg(tiny / "process-start.en.svg", "en")


@pytest.mark.xdist_group("tiny-benchmark")
def test_replot_redraws_the_plots_from_results_json(tiny):
    for name in PLOTS + START_PLOTS:
        (tiny / name).unlink()
    result = run("--replot", "--out", str(tiny))
    assert result.returncode == 0, result.stdout + result.stderr
    for name in PLOTS:
        check_svg(tiny / name)
    check_start_svg(tiny / "process-start.svg", "zh")
    check_start_svg(tiny / "process-start.en.svg", "en")


@pytest.mark.xdist_group("tiny-benchmark")
def test_replot_reads_results_from_before_the_process_start_variants(tiny, tmp_path):
    data = bench_tables.load(tiny / "results.json")
    del data["jobs"]["process-start"]
    (tmp_path / "results.json").write_text(json.dumps(data), encoding="utf-8")
    result = run("--replot", "--out", str(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    for name in PLOTS:
        check_svg(tmp_path / name)
    assert not any((tmp_path / name).exists() for name in START_PLOTS)


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
    data = bench_tables.load(COMMITTED / "results.json")
    check_results(data, "full")
    for name in PLOTS:
        check_svg(COMMITTED / name)
    if "process-start" in data["jobs"]:
        check_start_svg(COMMITTED / "process-start.svg", "zh")
        check_start_svg(COMMITTED / "process-start.en.svg", "en")


def test_committed_results_have_the_process_start_variants():
    data = bench_tables.load(COMMITTED / "results.json")
    assert "process-start" in data["jobs"], (
        "docs/assets/bench/results.json has no process-start variants: on a quiet machine, run "
        f"`{FULL_RUN}` and commit docs/assets/bench/"
    )
    for name in START_PLOTS:
        assert (COMMITTED / name).exists(), f"{name}: run `{FULL_RUN} --replot`"


ROW = re.compile(
    r"^\|\s*`?(sequential|threads|processes|asyncio|顺序执行|线程|进程)`?\s*\|\s*(\d)\s*\|"
    r"\s*([\d.e-]+)\s*\|\s*([\d.]+)×?\s*\|",
    re.M,
)
START_ROW = re.compile(
    r"^\|\s*`(ProcessPoolExecutor|multiprocessing\.Pool)`\s*\|\s*`(\w+)`(（默认）| \(default\))?\s*\|"
    r"((?:\s*[\d.e-]+\s*\|)+)$",
    re.M,
)


def table_after(text: str, marker: str) -> str:
    return text.split(marker, 1)[1].lstrip("\n").split("\n\n", 1)[0]


def marker_at(page: str, marker: str) -> str:
    """Where the page's Markdown has the marker line ("docs/threads/choosing.md:59"), or the page."""
    lines = (ROOT / page).read_text(encoding="utf-8").splitlines()
    return next((f"{page}:{n}" for n, line in enumerate(lines, 1) if line.strip() == marker), page)


FIX = "the build's table (left) differs from the results (right); fix render() in scripts/bench_tables.py"


def check_job_table(page: str, text: str, data: dict, job: str, folder: str = "") -> None:
    """The table the build puts in after <!-- bench:JOB --> (or bench:FOLDER/JOB) matches the results."""
    marker = f"<!-- bench:{folder + '/' if folder else ''}{job} -->"
    names = {"顺序执行": "sequential", "线程": "threads", "进程": "processes"}
    shown = {
        (names.get(m, m), int(n)): (t, x) for m, n, t, x in ROW.findall(table_after(text, marker))
    }
    # The formatter under test, since a tiny run's times differ on every run; FMT_VALUE and
    # test_the_tables_of_results pin what it prints with literals.
    expected = {
        (r["model"], r["workers"]): (bench_tables._fmt_value(r["median_s"]), f"{r['speedup']:.2f}")
        for r in data["jobs"][job]["results"]
    }
    assert shown == expected, f"{marker_at(page, marker)}: the {job} table: {FIX}"


def check_tables(page: str, text: str, data: dict) -> None:
    """Each table row the build puts in after a <!-- bench:JOB --> marker matches results.json."""
    for job in ("cpu-bound", "io-bound"):
        check_job_table(page, text, data, job)
    if "process-start" not in data["jobs"]:
        assert "<!-- bench:process-start -->" not in text
        return
    table = table_after(text, "<!-- bench:process-start -->")
    default = data["machine"]["start_method"]
    shown = {}
    for pool, method, marked, cells in START_ROW.findall(table):
        assert bool(marked) == (method == default), (
            f"{marker_at(page, '<!-- bench:process-start -->')}: the row of {method} is "
            f"{'' if marked else 'not '}marked as the default, but the results' default start method "
            f"is {default}; fix render() in scripts/bench_tables.py"
        )
        for n, cell in zip((1, 2, 4), cells.strip(" |").split("|")):
            shown[(pool.removeprefix("multiprocessing."), method, n)] = cell.strip()
    expected = {
        (r["executor"], r["start_method"], r["workers"]): bench_tables._fmt_value(r["median_s"])
        for r in data["jobs"]["process-start"]["results"]
    }
    assert shown == expected, (
        f"{marker_at(page, '<!-- bench:process-start -->')}: the process-start table: {FIX}"
    )


def built(page: str, data: dict) -> str:
    language = "en" if page.endswith(".en.md") else "zh"
    return bench_tables.fill((ROOT / page).read_text(encoding="utf-8"), language, data)


@pytest.mark.parametrize("page", PAGES)
def test_pages_show_the_committed_numbers(page):
    """The page as built has the tables of results.json, and no marker of the build left over."""
    data = bench_tables.load(COMMITTED / "results.json")
    text = built(page, data)
    check_tables(page, text, data)
    assert "bench:if" not in text and "bench:end" not in text
    assert "{{ bench." not in text, f"{page}: a number of the prose left unfilled"
    assert ("#process-start" in text) == ("process-start" in data["jobs"])


@pytest.mark.parametrize("page", PAGES)
def test_pages_show_the_committed_numbers_of_the_free_threaded_build(page):
    data = bench_tables.load(FREE_THREADED / "results.json")
    check_job_table(page, built(page, data), data, "cpu-bound", folder="free-threaded")


def test_the_free_threaded_results_are_of_a_free_threaded_build_with_the_gil_off():
    """What the page says of them: measured on a free-threaded build, its GIL not turned back on."""
    data = bench_tables.load(FREE_THREADED / "results.json")
    check_results(data, "full")
    build = data["machine"]
    assert build["free_threaded_build"] and not build["gil_enabled"], (
        f"{rel(FREE_THREADED / 'results.json')} was measured with free_threaded_build "
        f"{build['free_threaded_build']} and gil_enabled {build['gil_enabled']}: measure again with a "
        f"free-threaded Python (python3.14t scripts/bench_concurrency.py --out {rel(FREE_THREADED)})"
    )
    for name in ("cpu-bound.svg", "cpu-bound.en.svg"):
        check_svg(FREE_THREADED / name)


def _configure(results: dict) -> list[str]:
    """./configure's arguments for the Python that measured, but where it was installed."""
    return sorted(
        a for a in shlex.split(results["machine"]["configure"]) if not a.startswith("--prefix=")
    )


def test_the_free_threaded_build_is_compared_with_a_default_build_made_the_same_way():
    """What the page says of the two: one Python version, built alike but for --disable-gil, and
    neither with profile-guided optimization; measured on the same machine."""
    free = bench_tables.load(FREE_THREADED / "results.json")
    default = bench_tables.load(DEFAULT_BUILD / "results.json")
    check_results(default, "full")
    remeasure = (
        f"measure both again, python3.14t scripts/bench_concurrency.py --out {rel(FREE_THREADED)} "
        f"and python3.14 scripts/bench_concurrency.py --out {rel(DEFAULT_BUILD)}, with the two "
        f"builds of one CPython source"
    )
    assert not default["machine"]["free_threaded_build"] and default["machine"]["gil_enabled"], (
        remeasure
    )
    assert free["machine"]["python"] == default["machine"]["python"], remeasure
    assert _configure(free) == sorted([*_configure(default), "--disable-gil"]), remeasure
    assert "--enable-optimizations" not in _configure(free), "the page says: no PGO"
    for fact in ("cpu_model", "cpu_count", "os"):
        assert free["machine"][fact] == default["machine"][fact], remeasure


@pytest.mark.xdist_group("tiny-benchmark")
@pytest.mark.parametrize("page", PAGES)
def test_pages_show_every_variant_of_a_new_run(page, tiny):
    """With results that have the process-start runs (a tiny run's), the page gets their section:
    the plot, in the page's language, and a row per pool and start method."""
    data = bench_tables.load(tiny / "results.json")
    text = built(page, data)
    check_tables(page, text, data)
    assert "{#process-start}" in text
    assert "../assets/bench/process-start.svg" in text
    assert "bench:if" not in text and "bench:end" not in text
    # Results from before the variants: the section, and the links to it, are left out.
    old = copy.deepcopy(data)
    del old["jobs"]["process-start"]
    text = built(page, old)
    check_tables(page, text, old)
    assert "process-start" not in text


# A measured time as the tables and the prose show it: 2 decimals from 0.1 s up (a full run), 2
# significant digits below (a tiny run), which the table pattern ROW must still read.
FMT_VALUE = {
    2.008526: "2.01",
    12.3456: "12.35",
    0.4: "0.40",
    0.1: "0.10",
    0.099: "0.099",
    0.0123: "0.012",
    0.05: "0.05",
    0.0000123: "1.2e-05",
}


@pytest.mark.parametrize("seconds, shown", FMT_VALUE.items())
def test_a_time_is_shown_with_two_decimals_or_two_significant_digits(seconds, shown):
    assert bench_tables._fmt_value(seconds) == shown


# Two rows of each job, enough for a table of each kind and the prose's placeholders.
SMALL = {
    "machine": {"python": "3.11.7", "start_method": "fork"},
    "jobs": {
        "cpu-bound": {
            "results": [
                {"model": "sequential", "workers": 1, "median_s": 2.008526, "speedup": 1.0},
                {"model": "processes", "workers": 2, "median_s": 1.0789, "speedup": 1.8616},
            ]
        },
        "process-start": {
            "results": [
                {"executor": "Pool", "start_method": m, "workers": n, "median_s": t, "default": d}
                for m, d, times in (("fork", True, (0.0123, 0.4)), ("spawn", False, (0.099, 1.5)))
                for n, t in zip((1, 2), times)
            ]
        },
    },
}


def test_the_tables_of_results():
    assert bench_tables.render("cpu-bound", SMALL, "en") == (
        "| Model | Workers | Median (s) | Speed-up |\n"
        "| --- | ---: | ---: | ---: |\n"
        "| `sequential` | 1 | 2.01 | 1.00× |\n"
        "| `processes` | 2 | 1.08 | 1.86× |"
    )
    assert bench_tables.render("cpu-bound", SMALL, "zh") == (
        "| 方式 | 工作者 | 中位数（秒） | 加速比 |\n"
        "| --- | ---: | ---: | ---: |\n"
        "| 顺序执行 | 1 | 2.01 | 1.00× |\n"
        "| 进程 | 2 | 1.08 | 1.86× |"
    )
    assert bench_tables.render("process-start", SMALL, "en") == (
        "| Pool | Start method | 1 worker (s) | 2 workers (s) |\n"
        "| --- | --- | ---: | ---: |\n"
        "| `multiprocessing.Pool` | `fork` (default) | 0.012 | 0.40 |\n"
        "| `multiprocessing.Pool` | `spawn` | 0.099 | 1.50 |"
    )


def test_the_prose_quotes_results_json_through_placeholders():
    text = bench_tables.fill(
        "{{ bench.python }}, {{ bench.cpu-bound.processes.2.median }} s, x{{ bench.cpu-bound.processes.2.speedup }}",
        "en",
        SMALL,
    )
    assert text == "3.11.7, 1.08 s, x1.86"
    for name in (
        "cpu-bound.processes.8.median",
        "cpu-bound.processes.2.colour",
        "gpu",
        "spread.gpu-bound",
    ):
        with pytest.raises(bench_tables.BenchTableError, match="no such value"):
            bench_tables.fill(f"{{{{ bench.{name} }}}}", "en", SMALL)


def test_a_table_of_a_job_not_measured_stops_the_build():
    data = bench_tables.load(COMMITTED / "results.json")
    data["jobs"].pop("process-start", None)
    with pytest.raises(bench_tables.BenchTableError, match="process-start"):
        bench_tables.fill("<!-- bench:process-start -->\n", "en", data)
    with pytest.raises(bench_tables.BenchTableError, match="no such job"):
        bench_tables.fill("<!-- bench:gpu-bound -->\n", "en", data)


OTHER_BUILD = copy.deepcopy(SMALL)
OTHER_BUILD["machine"]["python"] = "3.14.7"
OTHER_BUILD["jobs"]["cpu-bound"]["results"][1]["median_s"] = 0.9


def test_a_marker_can_name_the_results_of_another_build():
    text = bench_tables.fill(
        "<!-- bench:other/cpu-bound -->\n\n"
        "{{ bench.python }}: {{ bench.cpu-bound.processes.2.median }} s; "
        "{{ bench.other/python }}: {{ bench.other/cpu-bound.processes.2.median }} s\n",
        "en",
        SMALL,
        folders={"other": OTHER_BUILD},
    )
    assert text == (
        "<!-- bench:other/cpu-bound -->\n\n"
        + bench_tables.render("cpu-bound", OTHER_BUILD, "en")
        + "\n\n3.11.7: 1.08 s; 3.14.7: 0.90 s\n"
    )


def test_results_of_another_build_that_are_not_there_stop_the_build():
    with pytest.raises(bench_tables.BenchTableError) as missing:
        bench_tables.fill("<!-- bench:no-such-build/cpu-bound -->\n", "en", SMALL)
    assert str(missing.value) == (
        "<!-- bench:no-such-build/cpu-bound -->: there is no "
        "docs/assets/bench/no-such-build/results.json; measure into its folder with the build it "
        "stands for: `python scripts/bench_concurrency.py --out docs/assets/bench/no-such-build`"
    )
    with pytest.raises(bench_tables.BenchTableError) as no_value:
        bench_tables.fill(
            "{{ bench.other/cpu-bound.processes.8.median }}", "en", SMALL, {"other": OTHER_BUILD}
        )
    assert str(no_value.value) == (
        "{{ bench.other/cpu-bound.processes.8.median }}: other/results.json has no such value"
    )
