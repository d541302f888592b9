"""The benchmark's tables on the choosing page, made from docs/assets/bench/results.json when the site is built.

scripts/runs_on_hook.py calls fill() on every page; only the choosing page
(docs/threads/choosing.md and .en.md) has these markers:

* ``<!-- bench:cpu-bound -->``, ``<!-- bench:io-bound -->`` and
  ``<!-- bench:process-start -->``, each on a line of its own, become the
  marker followed by the table of that job, in the page's language. So a
  new measurement (scripts/bench_concurrency.py) changes the plots and the
  tables at once, and the pages type no measured number.
* The lines from ``<!-- bench:if process-start -->`` to ``<!-- bench:end -->``
  are kept (without those two lines) when results.json has that job, and
  dropped when it does not: a results.json measured before the process-start
  variants existed still builds the page, without their section.
* ``{{ bench.NAME }}`` in the prose becomes a number or a fact of results.json
  (see FACTS and value()), so that no sentence quotes a measurement the
  tables no longer show: ``{{ bench.cpu-bound.processes.2.median }}`` (0.55),
  ``.speedup`` (1.86), ``.slower`` (percent slower than sequential: 3),
  ``{{ bench.spread.cpu-bound }}`` (the largest gap, in percent rounded up,
  between a configuration's median and its fastest run), ``{{ bench.python }}``,
  ``{{ bench.start_method }}``, ``{{ bench.cpus }}``, ``{{ bench.cpu_model }}``,
  ``{{ bench.redone }}`` (measurements the load guard redid), ``{{ bench.waited }}``
  (the seconds it spent doing so, to the nearest ten), ``{{ bench.repeat }}`` (measurements
  per configuration).

Results measured on another kind of build live in a folder of their own
under docs/assets/bench/ (scripts/bench_concurrency.py --out), and a marker or
placeholder names that folder before a slash:
``<!-- bench:free-threaded/cpu-bound -->``,
``{{ bench.free-threaded/cpu-bound.threads.2.speedup }}``,
``{{ bench.free-threaded/python }}``.

A marker for a job that results.json does not have, outside such a block, or
a placeholder it cannot fill, stops the build with a message that names it.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

from bench_plots import WORDS, _fmt_value, executor_name

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "docs" / "assets" / "bench"
RESULTS = BENCH / "results.json"

JOBS = ("cpu-bound", "io-bound", "process-start")
# Before a slash: the folder of the results, when they are not docs/assets/bench/results.json.
FOLDER = r"(?:(?P<folder>[\w-]+)/)?"
TABLE = re.compile(rf"^<!-- bench:(?P<name>{FOLDER}(?P<job>[\w-]+)) -->$", re.M)
VALUE = re.compile(rf"\{{\{{ bench\.{FOLDER}(?P<name>[\w.-]+) \}}\}}")
FACTS = {
    "python": lambda r: r["machine"]["python"],
    "start_method": lambda r: r["machine"]["start_method"],
    "cpus": lambda r: str(r["machine"]["cpu_count"]),
    "cpu_model": lambda r: r["machine"]["cpu_model"],
    "redone": lambda r: str(r["load_guard"]["measurements_redone"]),
    "waited": lambda r: str(int(round(r["load_guard"]["spent_s"], -1))),
    "repeat": lambda r: str(r["parameters"]["repeat"]),
}
SECTION = re.compile(
    rf"^<!-- bench:if {FOLDER}(?P<job>[\w-]+) -->\n(?P<body>.*?)^<!-- bench:end -->\n", re.M | re.S
)

HEADERS = {
    "zh": {
        "main": ("方式", "工作者", "中位数（秒）", "加速比"),
        "start": ("进程池", "启动方法"),
        "seconds": lambda workers: f"{workers}（秒）",
    },
    "en": {
        "main": ("Model", "Workers", "Median (s)", "Speed-up"),
        "start": ("Pool", "Start method"),
        "seconds": lambda workers: f"{workers} (s)",
    },
}
# The default start method, after its name in backticks.
DEFAULT = {"zh": lambda name: f"{name}（默认）", "en": lambda name: f"{name} (default)"}


class BenchTableError(ValueError):
    pass


def load(path: Path = RESULTS) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _table(header: tuple[str, ...], numeric_from: int, rows: list[tuple]) -> str:
    align = ["---" if i < numeric_from else "---:" for i in range(len(header))]
    lines = [f"| {' | '.join(header)} |", f"| {' | '.join(align)} |"]
    lines += [f"| {' | '.join(str(c) for c in row)} |" for row in rows]
    return "\n".join(lines)


def _speedup(value: float) -> str:
    return f"{value:.2f}×"


def render(job: str, results: dict, language: str) -> str:
    """The Markdown table of one job of results.json, in the language of the page ("zh" or "en")."""
    rows = results["jobs"][job]["results"]
    if job == "process-start":
        # One row per pool and start method, a column per worker count: 6 rows, not 18.
        workers = list(dict.fromkeys(r["workers"] for r in rows))
        by: dict[tuple[str, str], dict] = {}
        for r in rows:
            by.setdefault((r["executor"], r["start_method"]), {"default": r["default"]})[
                r["workers"]
            ] = r["median_s"]
        words = WORDS[language]
        return _table(
            HEADERS[language]["start"]
            + tuple(HEADERS[language]["seconds"](words["workers"](n)) for n in workers),
            2,
            [
                (
                    f"`{executor_name(executor)}`",
                    DEFAULT[language](f"`{method}`") if cells["default"] else f"`{method}`",
                    *(_fmt_value(cells[n]) for n in workers),
                )
                for (executor, method), cells in by.items()
            ],
        )
    names = WORDS[language]["model"]
    return _table(
        HEADERS[language]["main"],
        1,
        [
            (
                names[r["model"]] if language == "zh" else f"`{r['model']}`",
                r["workers"],
                _fmt_value(r["median_s"]),
                _speedup(r["speedup"]),
            )
            for r in rows
        ],
    )


def value(name: str, results: dict) -> str:
    """What ``{{ bench.NAME }}`` stands for (see the module's docstring)."""
    if name in FACTS:
        return FACTS[name](results)
    parts = name.split(".")
    jobs = results["jobs"]
    if len(parts) == 2 and parts[0] == "spread" and parts[1] in jobs:
        gaps = [r["median_s"] / r["min_s"] - 1 for r in jobs[parts[1]]["results"]]
        return str(math.ceil(max(gaps) * 100 - 1e-9))
    if len(parts) == 4 and parts[0] in jobs and parts[2].isdigit():
        job, model, workers, field = parts
        row = next(
            (
                r
                for r in jobs[job]["results"]
                if r.get("model") == model and r["workers"] == int(workers)
            ),
            None,
        )
        if row is not None and field == "median":
            return _fmt_value(row["median_s"])
        if row is not None and field == "speedup":
            return f"{row['speedup']:.2f}"
        if row is not None and field == "slower":
            return str(round((1 / row["speedup"] - 1) * 100))
    raise BenchTableError(f"no value {name!r}")  # fill() says which placeholder, in which file


def fill(
    markdown: str,
    language: str,
    results: dict | None = None,
    folders: dict[str, dict] | None = None,
) -> str:
    """The page with its bench markers replaced (see the module's docstring). `results` defaults
    to the committed results.json and `folders` (folder name -> results) to the results.json of
    each folder a marker names, each read only when the page has a marker for it."""
    if "<!-- bench:" not in markdown and "{{ bench." not in markdown:
        return markdown
    loaded = dict(folders or {})
    if results is not None:
        loaded[""] = results

    def results_of(folder: str | None, marker: str) -> dict:
        folder = folder or ""
        if folder not in loaded:
            path = BENCH / folder / "results.json"
            if not path.is_file():
                raise BenchTableError(
                    f"{marker}: there is no {path.relative_to(ROOT).as_posix()}; measure into its "
                    f"folder with the build it stands for: `python scripts/bench_concurrency.py "
                    f"--out {path.parent.relative_to(ROOT).as_posix()}`"
                )
            loaded[folder] = load(path)
        return loaded[folder]

    def section(m: re.Match) -> str:
        marker = m[0].splitlines()[0]
        if m["job"] not in JOBS:
            raise BenchTableError(f"{marker}: no such job; the jobs are {JOBS}")
        jobs = results_of(m["folder"], marker)["jobs"]
        return m["body"] if jobs.get(m["job"]) else ""

    markdown = SECTION.sub(section, markdown)

    def table(m: re.Match) -> str:
        job, name = m["job"], m["name"]
        if job not in JOBS:
            raise BenchTableError(f"<!-- bench:{name} -->: no such job; the jobs are {JOBS}")
        results = results_of(m["folder"], m[0])
        if not results["jobs"].get(job):
            raise BenchTableError(
                f"<!-- bench:{name} -->: {_file(m['folder'])} has no {job!r} results; put the table "
                f"between <!-- bench:if {name} --> and <!-- bench:end -->, or measure again"
            )
        return f"{m[0]}\n\n{render(job, results, language)}"

    markdown = TABLE.sub(table, markdown)

    def placeholder(m: re.Match) -> str:
        try:
            return value(m["name"], results_of(m["folder"], m[0]))
        except BenchTableError:
            raise BenchTableError(f"{m[0]}: {_file(m['folder'])} has no such value") from None

    return VALUE.sub(placeholder, markdown)


def _file(folder: str | None) -> str:
    """How a message names the results of a folder: results.json, free-threaded/results.json."""
    return f"{folder}/{RESULTS.name}" if folder else RESULTS.name
