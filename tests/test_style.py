"""Every Python file of snippets/, tests/ and scripts/ passes ruff: its lint rules and its formatter.

The rules are in pyproject.toml ([tool.ruff]). One test per folder (site_files.by_folder says
why), so that ``-k snippets/processes`` checks just those; a failure names each file and line. To fix what can
be fixed automatically (formatting, import order):

    python scripts/dev.py format            # everything
    python scripts/dev.py format snippets/processes/fork_basic.py
"""

from __future__ import annotations

import json
import subprocess
import sys
from functools import cache

import pytest

from site_files import ROOT, by_folder

FOLDERS = ("snippets", "tests", "scripts")
FILES = sorted(
    p.relative_to(ROOT).as_posix()
    for folder in FOLDERS
    for p in (ROOT / folder).rglob("*.py")
    if "__pycache__" not in p.parts
)
# snippets/processes, scripts/hooks, tests: each folder that holds a file, with its own files.
IN_FOLDER = by_folder(FILES)


def _ruff(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


@cache
def _lint() -> dict[str, list[dict]]:
    """ruff check over all three folders at once (it takes a fraction of a second): findings by file."""
    run = _ruff("check", "--output-format", "json", "--no-fix", *FOLDERS)
    if run.returncode not in (0, 1):
        pytest.fail(f"`ruff check` could not run:\n{run.stderr}", pytrace=False)
    found: dict[str, list[dict]] = {}
    for item in json.loads(run.stdout or "[]"):
        path = (ROOT / item["filename"]).resolve().relative_to(ROOT).as_posix()
        found.setdefault(path, []).append(item)
    return found


@cache
def _unformatted() -> set[str]:
    run = _ruff("format", "--check", "--output-format", "json", *FOLDERS)
    if run.returncode not in (0, 1):
        pytest.fail(f"`ruff format --check` could not run:\n{run.stderr}", pytrace=False)
    return {
        (ROOT / item["filename"]).resolve().relative_to(ROOT).as_posix()
        for item in json.loads(run.stdout or "[]")
    }


def _safe_fix(finding: dict) -> bool:
    return (finding.get("fix") or {}).get("applicability") == "safe"


def fix_command(path: str) -> str:
    return f"python scripts/dev.py format {path}"


@pytest.mark.parametrize("folder", IN_FOLDER)
def test_ruff_format(folder):
    unformatted = [path for path in IN_FOLDER[folder] if path in _unformatted()]
    if not unformatted:
        return
    diff = _ruff("format", "--diff", *unformatted).stdout
    pytest.fail(
        "\n".join(
            f"{path}: not formatted the way `ruff format` formats it. Run `{fix_command(path)}` "
            f"(or `.venv/bin/ruff format {path}`), then look at the change with `git diff {path}`."
            for path in unformatted
        )
        + f"\n{diff}",
        pytrace=False,
    )


@pytest.mark.parametrize("folder", IN_FOLDER)
def test_ruff_lint(folder):
    problems = [_problems(path) for path in IN_FOLDER[folder] if _lint().get(path)]
    if problems:
        pytest.fail("\n\n".join(problems), pytrace=False)


def _problems(path: str) -> str:
    findings = _lint()[path]
    lines = []
    for f in findings:
        where = f"{path}:{f['location']['row']}:{f['location']['column']}"
        how = "fixable: run the command below" if _safe_fix(f) else "fix it by hand"
        url = f" ({f['url']})" if f.get("url") else ""
        lines.append(f"{where}: {f['code']} {f['message']} [{how}]{url}")
    fixable = any(_safe_fix(f) for f in findings)
    advice = (
        f"Run `{fix_command(path)}` to apply the safe fixes, then fix the rest by hand."
        if fixable
        else "Fix these by hand; each rule is explained at its link."
    )
    return f"{path}: ruff finds {len(findings)} problem(s). {advice}\n" + "\n".join(lines)
