"""Where each snippet was verified: the test runs' JUnit XML, merged into one table for the site.

Every test of a code block or a snippet file records the snippets it runs (a
``snippets`` property in the JUnit XML, see tests/test_pages.py). A run is one
folder, named ``<OS>_<Python>_<start method>`` (``Linux_3.13_fork``,
``Windows_3.10_default``), holding the ``junit.xml`` of
``python scripts/dev.py test --junitxml=...``:

* in GitHub Actions each test job uploads its folder, and the build job
  downloads them all into .cache/verified/ before it builds the site;
* locally, ``python scripts/dev.py matrix`` writes one folder per Python and
  start method it runs.

The build (scripts/runs_on_hook.py) puts the table in place of
``{{ verified.table }}`` on the page 兼容性 / Where each example runs: each
snippet in each run as passed, skipped (with the reason) or failed, the runs
the CI matrix (.github/workflows/ci.yml) asks for that left no results, and
the commit and date of the results.
"""

from __future__ import annotations

import html
import os
import subprocess
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
RESULTS = Path(os.environ.get("PCN_VERIFIED_DIR", ROOT / ".cache" / "verified"))
RUNNER_OS = {"ubuntu-latest": "Linux", "macos-latest": "macOS", "windows-latest": "Windows"}
# One snippet, several tests (its page in two languages, the file itself): the highest rank counts,
# so a failure anywhere is a failure, and a snippet is skipped only where every test of it was.
RANK = {"skipped": 0, "passed": 1, "failed": 2}


@dataclass(frozen=True, order=True)
class Run:
    os: str  # Linux, macOS, Windows
    python: str  # 3.13, 3.14t
    method: str  # fork, spawn, forkserver, or default

    @classmethod
    def from_folder(cls, name: str) -> Run | None:
        parts = name.split("_")
        return cls(*parts) if len(parts) == 3 else None

    @property
    def folder(self) -> str:
        return f"{self.os}_{self.python}_{self.method}"


@dataclass
class Outcome:
    status: str  # passed, skipped, failed
    reason: str = ""


@dataclass
class Results:
    runs: dict[Run, dict[str, Outcome]] = field(default_factory=dict)
    dates: dict[Run, str] = field(default_factory=dict)  # when each run's tests ran (YYYY-MM-DD)
    # (commit, date) that dev.py matrix recorded in COMMIT_FILE; None: the checkout's (CI's build
    # checks out the commit its test jobs tested)
    commit: tuple[str, str] | None = None


# Written by dev.py matrix beside its results: "<short hash>[-dirty] <date>", the commit they are of.
COMMIT_FILE = "commit.txt"


def read_junit(path: Path) -> tuple[dict[str, Outcome], str]:
    """{snippet: outcome} of one run, and the date its tests ran."""
    tree = ElementTree.parse(path)
    outcomes: dict[str, Outcome] = {}
    date = ""
    for suite in tree.iter("testsuite"):
        date = date or (suite.get("timestamp") or "")[:10]
    for case in tree.iter("testcase"):
        snippets = [
            p.get("value", "") for p in case.iter("property") if p.get("name") == "snippets"
        ]
        paths = " ".join(snippets).split()
        if not paths:
            continue
        outcome = _outcome(case)
        for snippet in paths:
            before = outcomes.get(snippet)
            if before is None or RANK[outcome.status] > RANK[before.status]:
                outcomes[snippet] = outcome
    return outcomes, date


def _outcome(case: ElementTree.Element) -> Outcome:
    for kind in ("failure", "error"):
        found = case.find(kind)
        if found is not None:
            lines = (found.get("message") or "").splitlines()
            return Outcome("failed", lines[0][:200] if lines else "")
    skipped = case.find("skipped")
    if skipped is not None:
        if skipped.get("type") == "pytest.xfail":
            return Outcome("passed", "fails as expected (a broken pattern of the notes)")
        message = skipped.get("message") or ""
        return Outcome("skipped", message.removeprefix("Skipped: ").strip())
    return Outcome("passed")


def collect(folder: Path = RESULTS) -> Results:
    results = Results()
    if not folder.is_dir():
        return results
    recorded = (
        (folder / COMMIT_FILE).read_text().split() if (folder / COMMIT_FILE).is_file() else []
    )
    if len(recorded) == 2:
        results.commit = (recorded[0], recorded[1])
    for junit in sorted(folder.glob("*/junit.xml")):
        run = Run.from_folder(junit.parent.name)
        if run is None:
            continue
        results.runs[run], results.dates[run] = read_junit(junit)
    return results


def expected_runs(workflow: Path = ROOT / ".github" / "workflows" / "ci.yml") -> list[Run]:
    """Every run the CI workflow's test jobs make: its matrix, the extra start methods, free-threaded."""
    jobs = yaml.safe_load(workflow.read_text(encoding="utf-8"))["jobs"]
    runs = []
    for job in jobs.values():
        matrix = (job.get("strategy") or {}).get("matrix")
        if matrix and "python" in matrix:
            for runner in matrix.get("os", []):
                for python in matrix["python"]:
                    for method in matrix.get("start-method", [""]):
                        runs.append(Run(RUNNER_OS[runner], str(python), method or "default"))
            for extra in matrix.get("include", []):
                runs.append(
                    Run(
                        RUNNER_OS[extra["os"]],
                        str(extra["python"]),
                        extra.get("start-method") or "default",
                    )
                )
        for step in job.get("steps", []):
            version = str((step.get("with") or {}).get("python-version", ""))
            if version.endswith("t") and "dev.py test" in str(job.get("steps")):
                runs.append(Run(RUNNER_OS[job["runs-on"]], version, "default"))
    return sorted(set(runs), key=_run_order)


def _run_order(run: Run) -> tuple:
    version = tuple(int(x) for x in run.python.rstrip("t").split("."))
    return (list(RUNNER_OS.values()).index(run.os), version, run.python.endswith("t"), run.method)


def all_snippets() -> list[str]:
    return sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "snippets").rglob("*.py"))


def commit() -> tuple[str, str]:
    """The checkout's commit and its date, as git tells; "-dirty" after the hash when tracked files
    have changes that are not committed, as `git describe --dirty` writes it."""
    run = subprocess.run(
        ["git", "log", "-1", "--format=%h %cs"], cwd=ROOT, capture_output=True, text=True
    )
    parts = run.stdout.split()
    if len(parts) != 2:
        return ("?", "?")
    changed = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    ).stdout.strip()
    return (parts[0] + ("-dirty" if changed else ""), parts[1])


WORDS = {
    "zh": {
        "none": (
            "这里还没有测试结果。在 GitHub 上，每次构建网站时，测试任务的结果都会合并到这一页；在本地，"
            "运行 `python scripts/dev.py matrix`，它把本机每个 Python 和每种启动方法的结果写进 "
            "`.cache/verified/`，`serve` 就会显示它们。"
        ),
        "intro": (
            "下表是提交 `{commit}`（{date}）的测试结果：每个代码文件在每个操作系统、Python 版本和启动方法上"
            "是通过（✓）、跳过（–，原因见表下的注释）还是失败（✗）。共 {runs} 次运行，{snippets} 个文件。"
        ),
        "missing": "CI 应当运行、但没有留下结果的组合（它们的列是空的）：{}。",
        "complete": "CI 矩阵中的每个组合都有结果。",
        "snippet": "代码文件",
        "table": "每个代码文件在每次运行中的结果",
        "default": "默认",
        "passed": "通过",
        "skipped": "跳过",
        "failed": "失败",
        "not_run": "没有结果",
        "reasons": "跳过的原因",
        "failures": "{} 处失败，见带 ✗ 的格子。",
    },
    "en": {
        "none": (
            "No test results are here yet. On GitHub, each build of the site merges the test jobs' results "
            "into this page; locally, run `python scripts/dev.py matrix`, which writes the results of every "
            "Python and start method on this machine to `.cache/verified/`, and `serve` shows them."
        ),
        "intro": (
            "The table shows the test results of commit `{commit}` ({date}): each snippet on each operating "
            "system, Python version and start method, as passed (✓), skipped (–, with the reason in the notes "
            "below the table) or failed (✗). {runs} runs, {snippets} files."
        ),
        "missing": "Combinations the CI matrix asks for that left no results (their columns are empty): {}.",
        "complete": "Every combination of the CI matrix has results.",
        "snippet": "Snippet",
        "table": "Each snippet's result in each run",
        "default": "default",
        "passed": "passed",
        "skipped": "skipped",
        "failed": "failed",
        "not_run": "no result",
        "reasons": "Why a snippet was skipped",
        "failures": "{} failed: see the cells marked ✗.",
    },
}


def _run_name(run: Run, words: dict) -> str:
    method = words["default"] if run.method == "default" else run.method
    return f"{run.os} {run.python} {method}"


def render(language: str, results: Results | None = None, expected: list[Run] | None = None) -> str:
    """The page's table (HTML) and the notes around it, in `language`."""
    words = WORDS[language]
    results = collect() if results is None else results
    expected = expected_runs() if expected is None else expected
    if not results.runs:
        return words["none"]
    columns = sorted(set(results.runs) | set(expected), key=_run_order)
    missing = [run for run in expected if run not in results.runs]
    commit_id, commit_date = results.commit or commit()
    dates = sorted(set(results.dates.values()) - {""})
    reported = {snippet for outcomes in results.runs.values() for snippet in outcomes}
    parts = [
        words["intro"].format(
            commit=commit_id,
            date=", ".join(dates) or commit_date,
            runs=len(results.runs),
            snippets=len(set(all_snippets()) | reported),
        ),
        "",
        words["missing"].format(", ".join(_run_name(r, words) for r in missing))
        if missing
        else words["complete"],
        "",
    ]
    reasons: dict[str, int] = {}
    failed = 0
    head = "".join(
        f'<th scope="col"><span class="verified-run">{html.escape(_run_name(run, words))}</span></th>'
        for run in columns
    )
    rows = []
    for snippet in sorted(set(all_snippets()) | reported):
        cells = []
        for run in columns:
            outcome = results.runs.get(run, {}).get(snippet)
            if outcome is None:
                cells.append(f'<td title="{words["not_run"]}"></td>')
            elif outcome.status == "skipped":
                number = reasons.setdefault(outcome.reason, len(reasons) + 1)
                cells.append(
                    f'<td title="{words["skipped"]}: {html.escape(outcome.reason)}">–<sup>{number}</sup></td>'
                )
            elif outcome.status == "failed":
                failed += 1
                cells.append(
                    f'<td class="verified-failed" title="{words["failed"]}: {html.escape(outcome.reason)}">✗</td>'
                )
            else:
                cells.append(f'<td title="{words["passed"]}">✓</td>')
        rows.append(
            f'<tr><th scope="row"><code>{html.escape(snippet)}</code></th>{"".join(cells)}</tr>'
        )
    parts.append(
        f'<div class="verified" role="region" tabindex="0" aria-label="{words["table"]}"><table>'
        f'<thead><tr><th scope="col">{words["snippet"]}</th>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )
    parts.append("")
    if failed:
        parts += [words["failures"].format(failed), ""]
    if reasons:
        parts += [f"**{words['reasons']}**", ""]
        parts += [f"{n}. {html.escape(reason)}" for reason, n in reasons.items()]
    return "\n".join(parts)
