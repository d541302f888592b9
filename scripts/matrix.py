"""The test suite on every CPython found here (3.10 and newer) and every start method.

Run it as `python scripts/dev.py matrix`, which installs uv first. Each Python
gets its own environment in .cache/matrix/, synced exactly from uv.lock, so the
matrix never disturbs .venv. For each Python the first start method runs the
whole suite; the other start methods run the tests that depend on the start
method (every code block and snippet file), since the rest (site build, links,
style, the harness's own tests) cannot change with it. A free-threaded Python
(3.14t) runs what CI's free-threaded job runs: the code blocks, the snippet
files and the harness's own tests.

Each run's JUnit XML goes to .cache/verified/<OS>_<Python>_<method>/junit.xml
(the results of earlier matrix runs are removed first), from which the page
兼容性 / Where each example runs is built (scripts/verified_on.py).
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import verified_on
from cli import Parser, fail
from dev import sync_command
from run_block import START_METHODS

ROOT = Path(__file__).resolve().parents[1]
WINDOWS = os.name == "nt"
UV = ROOT / ".cache" / "uv" / ("Scripts/uv.exe" if WINDOWS else "bin/uv")
VERIFIED = ROOT / ".cache" / "verified"
OS_NAMES = {"linux": "Linux", "darwin": "macOS", "win32": "Windows"}
START_METHOD_TESTS = ["tests/test_pages.py", "tests/test_snippet_files.py"]
# What CI's free-threaded job runs (.github/workflows/ci.yml; tests/test_verified_on.py keeps the two
# the same): a free-threaded Python has no autocorrect-py (dev.sync_command), which test_prose needs.
FREE_THREADED_TESTS = [*START_METHOD_TESTS, "tests/test_harness.py"]
# pytest's last line: "3 passed, 1 skipped in 2.01s", and "no tests ran in 0.50s" when the
# arguments after -- select nothing
SUMMARY = re.compile(
    r"^(?:=+ )?(?P<text>.*\b(passed|failed|error|no tests ran)\b.*) in (?P<secs>[\d.]+)s"
)


def describe(python: str) -> str | None:
    """'3.12' or '3.13t' (free-threaded) for a working interpreter, None for a broken one (a stale shim)."""
    code = "import sys, sysconfig; print('%d.%d%s' % (*sys.version_info[:2], 't' if sysconfig.get_config_var('Py_GIL_DISABLED') else ''))"
    try:
        out = subprocess.run([python, "-c", code], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return out.stdout.strip() if out.returncode == 0 else None


def find_pythons() -> dict[str, str]:
    """Every CPython 3.10+ on PATH, in pyenv, or known to the Windows launcher: {'3.12': path}."""
    pyenv_root = os.environ.get("PYENV_ROOT", os.path.expanduser("~/.pyenv"))
    shims = os.path.join(pyenv_root, "shims")
    candidates: list[str] = []
    # pyenv's shims, {path: the label its name promises}, are tried last and only for a label not
    # found yet: a shim runs one of pyenv's versions, which the glob below finds anyway, or
    # (pyenv's "system") a Python further on PATH. Running one costs a fifth of a second of CPU
    # (pyenv is a shell script): four of them were most of what `--pythons 9.9` took to refuse.
    shimmed: dict[str, str] = {}
    for minor in range(10, 20):
        for suffix in ("", "t"):
            found = shutil.which(f"python3.{minor}{suffix}")
            if found and os.path.dirname(found) == shims:
                shimmed[found] = f"3.{minor}{suffix}"
            elif found:
                candidates.append(found)
    for python in sorted(glob.glob(os.path.join(pyenv_root, "versions", "3.*", "bin", "python3"))):
        # pyenv names a version's folder after it: no need to run a 3.9 to learn it is too old.
        version = re.match(r"3\.(\d+)", Path(python).parents[1].name)
        if not (version and int(version[1]) < 10):
            candidates.append(python)
    if WINDOWS and shutil.which("py"):
        listed = subprocess.run(["py", "--list-paths"], capture_output=True, text=True).stdout
        candidates += re.findall(r"([A-Za-z]:\\\S+python\.exe)", listed)
    pythons: dict[str, str] = {}
    for candidate in candidates + list(shimmed):
        if shimmed.get(candidate) in pythons:
            continue
        label = describe(candidate)
        if label and tuple(int(x) for x in label.rstrip("t").split(".")) >= (3, 10):
            pythons.setdefault(label, candidate)
    return dict(
        sorted(pythons.items(), key=lambda item: [int(x) for x in item[0].rstrip("t").split(".")])
    )


def summary_of(output: str) -> str:
    """What pytest's last summary line says, without the time: "1176 passed, 11 skipped"."""
    found = (SUMMARY.match(line) for line in output.splitlines()[::-1])
    return next((m["text"] for m in found if m), "no summary")


def environment(label: str, python: str, free_threaded: bool) -> Path:
    venv = ROOT / ".cache" / "matrix" / label
    env = dict(os.environ, UV_PROJECT_ENVIRONMENT=str(venv), UV_PYTHON_DOWNLOADS="never")
    env.pop("VIRTUAL_ENV", None)
    command = sync_command(python, free_threaded)
    if subprocess.run(command, cwd=ROOT, env=env).returncode != 0:
        fail(
            f"uv sync for Python {label} failed (its message is above): check that PyPI is reachable "
            f"and run again, or leave this Python out with --pythons"
        )
    return venv / ("Scripts/python.exe" if WINDOWS else "bin/python")


def main() -> None:
    parser = Parser(prog="python scripts/dev.py matrix", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--pythons", help="comma-separated versions to run, e.g. 3.10,3.13 (default: all found)"
    )
    parser.add_argument(
        "--methods",
        default=",".join(START_METHODS),
        help="comma-separated start methods (default: all three)",
    )
    parser.add_argument("pytest_args", nargs="*", help="after --: more arguments for pytest")
    args = parser.parse_args()
    if not UV.exists():
        fail("uv is not installed yet: run this as `python scripts/dev.py matrix`")
    methods = [m for m in args.methods.split(",") if m]
    unknown = [m for m in methods if m not in START_METHODS]
    if unknown or not methods:
        fail(
            f"unknown start method {', '.join(unknown) or '(none)'}: use some of {', '.join(START_METHODS)}"
        )
    if WINDOWS:
        methods = [m for m in methods if m == "spawn"] or fail("only spawn exists on Windows")
    pythons = find_pythons()
    if args.pythons:
        wanted = [w for w in args.pythons.split(",") if w]
        missing = [w for w in wanted if w not in pythons] or ([] if wanted else ["(none)"])
        if missing:
            fail(
                f"Python {', '.join(missing)} not found here: choose from "
                f"{', '.join(pythons) or 'none (install CPython 3.10 or newer)'}, e.g. --pythons "
                f"{next(iter(pythons), '3.12')}"
            )
        pythons = {w: pythons[w] for w in wanted}
    print(
        f"Pythons: {', '.join(f'{k} ({v})' for k, v in pythons.items())}; start methods: {', '.join(methods)}"
    )

    rows = []
    started = time.monotonic()
    # Results of another commit would be shown as this one's; the page names the commit tested.
    shutil.rmtree(VERIFIED, ignore_errors=True)
    VERIFIED.mkdir(parents=True)
    (VERIFIED / verified_on.COMMIT_FILE).write_text(" ".join(verified_on.commit()) + "\n")
    for label, python in pythons.items():
        free_threaded = label.endswith("t")
        venv_python = environment(label, python, free_threaded)
        for i, method in enumerate(methods):
            if i > 0:
                selection, scope = START_METHOD_TESTS, "code blocks + snippet files"
            elif free_threaded:
                selection, scope = FREE_THREADED_TESTS, "code blocks + snippet files + harness"
            else:
                selection, scope = [], "whole suite"
            junit = (
                VERIFIED
                / f"{OS_NAMES.get(sys.platform, sys.platform)}_{label}_{method}"
                / "junit.xml"
            )
            command = [
                str(venv_python),
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:randomly",
                *selection,
                f"--junitxml={junit}",
                "--terminal",  # every block in a terminal as well as into a pipe
                *args.pytest_args,
            ]
            env = dict(os.environ, SNIPPETS_START_METHOD=method)
            env.pop("VIRTUAL_ENV", None)
            t0 = time.monotonic()
            proc = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
            seconds = time.monotonic() - t0
            summary = summary_of(proc.stdout)
            ok = proc.returncode == 0
            rows.append((label, method, scope, "ok" if ok else "FAILED", summary, seconds))
            print(
                f"{label:6} {method:10} {scope:28} {'ok' if ok else 'FAILED':6} {summary} ({seconds:.1f} s)"
            )
            if not ok:
                print(proc.stdout[-4000:], proc.stderr[-2000:], sep="\n")
    total = time.monotonic() - started
    print(f"\nmatrix: {len(rows)} runs, {sum(r[3] == 'ok' for r in rows)} ok, in {total:.0f} s")
    print(
        "| Python | start method | tests | result | summary | seconds |\n| --- | --- | --- | --- | --- | --- |"
    )
    for label, method, scope, result, summary, seconds in rows:
        print(f"| {label} | {method} | {scope} | {result} | {summary} | {seconds:.1f} |")
    sys.exit(0 if all(r[3] == "ok" for r in rows) else 1)


if __name__ == "__main__":
    main()
