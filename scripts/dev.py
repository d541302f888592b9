"""The project's commands, each of which sets itself up first.

    python scripts/dev.py -h                # every command, one line each: COMMANDS below
    python scripts/dev.py COMMAND [ARGS]

Needs only Python 3.10+ and git. The first run installs uv (pinned, into
.cache/uv/) and then the locked dependencies from uv.lock into .venv/; later
runs only check that .venv matches uv.lock, which takes milliseconds.
"""

# No `from __future__ import annotations` (and the annotations that need it are quoted): an old
# Python such as 3.6 must get as far as the version check in main() to say what is wrong.
import argparse
import hashlib
import os
import shutil
import socket
import subprocess
import sys
import sysconfig
import textwrap
import venv
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from cli import Parser, fail

ROOT = Path(__file__).resolve().parents[1]
UV_VERSION = "0.13.8"
UV_HOME = ROOT / ".cache" / "uv"
VENV = ROOT / ".venv"
WINDOWS = os.name == "nt"
# The site's engine: ProperDocs, the continuation of MkDocs 1.x by its maintainers
# (.github/decisions/0001-site-engine.md says why and what was measured). MkDocs 1.6.1 stays in
# .venv all the same, since Material and the plugins require the `mkdocs` package, so a `mkdocs
# serve` typed by habit still builds the same site.
ENGINE = "properdocs"


def engine(command: str, *args: str) -> "tuple[str, ...]":
    """Python's arguments to run the engine's `command`: engine("build", "--strict").

    Also for scripts/sitekit.py and tests/test_links.py, so every build of the site runs the same
    engine. -f: ProperDocs looks for properdocs.yml first and says that falling back to mkdocs.yml
    will go away; the file keeps its name because a plain `mkdocs serve` reads only mkdocs.yml.
    """
    return ("-m", ENGINE, command, "-f", "mkdocs.yml", *args)


def port(text: str) -> int:
    if not text.isdigit() or not 0 < int(text) < 65536:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number (1 to 65535)")
    return int(text)


def port_free(args: argparse.Namespace) -> None:
    """Fail now, not after the engine has built the whole site and then cannot bind."""
    number = args.port
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the engine's server does
        try:
            probe.bind(("127.0.0.1", number))
        except OSError as e:
            fail(
                f"port {number} on 127.0.0.1 is taken ({e.strerror}): stop what uses it "
                f"(another `serve`?), or choose another port with --port"
            )


def _bin(env: Path, name: str) -> Path:
    return env / ("Scripts" if WINDOWS else "bin") / (name + (".exe" if WINDOWS else ""))


def uv() -> Path:
    """A uv of the pinned version, installed once with pip into .cache/uv/."""
    exe = _bin(UV_HOME, "uv")
    stamp = UV_HOME / f"uv-{UV_VERSION}.installed"
    if not (stamp.exists() and exe.exists()):  # a half-deleted .cache/uv is set up again
        print(
            f"Setting up: installing uv {UV_VERSION} into {UV_HOME.relative_to(ROOT)} (once)",
            file=sys.stderr,
        )
        try:
            venv.create(UV_HOME, with_pip=True, clear=True)
        except (OSError, subprocess.CalledProcessError):
            # Debian and Ubuntu ship Python without ensurepip unless python3-venv is installed.
            fail(
                f"could not create a virtual environment with pip in {UV_HOME.relative_to(ROOT)}: "
                f"install Python's venv module (Debian, Ubuntu: sudo apt-get install python3-venv), "
                f"then run again"
            )
        pip = [str(_bin(UV_HOME, "python")), "-m", "pip", "install", "--quiet", f"uv=={UV_VERSION}"]
        if subprocess.run(pip).returncode != 0:
            fail(
                f"could not install uv {UV_VERSION} with pip; check that PyPI is reachable, then run again"
            )
        stamp.touch()
    return exe


def sync_command(python: str, free_threaded: bool) -> "list[str]":
    """uv's command that makes an environment for `python` match uv.lock (UV_PROJECT_ENVIRONMENT
    says which); also for scripts/matrix.py."""
    command = [str(uv()), "sync", "--frozen", "--quiet", "--python", python]
    if free_threaded:
        # autocorrect-py ships only abi3 wheels, which a free-threaded CPython cannot load.
        command += ["--no-install-package", "autocorrect-py"]
    return command


def sync(groups: "tuple[str, ...]" = (), venv: Path = VENV) -> Path:
    """Make `venv` match uv.lock exactly (a no-op when it already does); return its python.

    `groups` adds dependency groups of pyproject.toml, such as "browser". A venv
    with extra groups must be a venv of its own: an exact sync of .venv (by
    `test`, say) would remove them while another command is using them.
    """
    env = dict(os.environ, UV_PROJECT_ENVIRONMENT=str(venv), UV_PYTHON_DOWNLOADS="never")
    env.pop("VIRTUAL_ENV", None)  # an activated venv elsewhere is not ours
    free_threaded = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
    command = [*sync_command(sys.executable, free_threaded), *(f"--group={g}" for g in groups)]
    if free_threaded:
        print(
            "Note: free-threaded Python: autocorrect-py is not installed, so the Chinese prose check "
            "(tests/test_prose.py) cannot run here; it runs on every default build",
            file=sys.stderr,
        )
    # uv installs no bytecode, and Python writes it at first import, but not where
    # PYTHONDONTWRITEBYTECODE is set (as in many containers): there every run compiled each module
    # it imported from source, a quarter of a site build. So there uv compiles it all, once per
    # uv.lock (--compile-bytecode makes even a sync with nothing to do take a tenth of a second).
    lock = hashlib.sha256((ROOT / "uv.lock").read_bytes()).hexdigest()[:16]
    compiled = venv / f".bytecode-{lock}"
    if os.environ.get("PYTHONDONTWRITEBYTECODE") and not compiled.exists():
        command.append("--compile-bytecode")
    if subprocess.run(command, cwd=ROOT, env=env).returncode != 0:
        fail(
            "could not install the locked dependencies (uv sync --frozen failed; its message is above): "
            "check that PyPI is reachable, then run again"
        )
    if "--compile-bytecode" in command:
        for old in venv.glob(".bytecode-*"):
            old.unlink()
        compiled.touch()
    return _bin(venv, "python")


CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
# package.json and package-lock.json of Lighthouse, axe-core and vnu.jar (the Nu Html Checker)
NODE_PACKAGES = ROOT / "tests" / "browser" / "node"
NODE_HOME = ROOT / ".cache" / "node"
BROWSER_VENV = ROOT / ".cache" / "venv-browser"  # .venv plus the "browser" group (Playwright)


def chromium() -> None:
    if not CHROMIUM.exists():
        fail(
            f"the browser suite needs Chromium at {CHROMIUM}: install Debian's chromium and fonts-noto-cjk "
            f"(sudo apt-get install chromium fonts-noto-cjk), or set CHROMIUM to another Chromium"
        )


def browser_tools() -> None:
    """Check for Chromium and npm; install the locked npm packages into .cache/node/ (once per lock)."""
    chromium()
    npm = shutil.which("npm")
    if not npm:
        fail(
            "the browser suite needs Node.js and npm (for Lighthouse, axe-core, vnu.jar): apt-get install npm"
        )
    lock = (NODE_PACKAGES / "package-lock.json").read_bytes()
    stamp = NODE_HOME / "installed.lock"
    if stamp.exists() and stamp.read_bytes() == lock:
        return
    print(
        f"Setting up: npm ci of {NODE_PACKAGES.relative_to(ROOT)} into {NODE_HOME.relative_to(ROOT)}",
        file=sys.stderr,
    )
    NODE_HOME.mkdir(parents=True, exist_ok=True)
    for name in ("package.json", "package-lock.json"):
        shutil.copy(NODE_PACKAGES / name, NODE_HOME / name)
    # --ignore-scripts: no package may fetch more at install time (vnu-jar's would fetch a Java).
    ci = [npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--quiet"]
    if subprocess.run(ci, cwd=NODE_HOME).returncode != 0:
        fail(
            "npm ci failed (its message is above); check that the npm registry is reachable, then run again"
        )
    stamp.write_bytes(lock)


def git_on_path(args: argparse.Namespace) -> None:
    if not shutil.which("git"):
        # Without it the site build stops in an import of GitPython, in a long traceback.
        fail(
            "git is not on PATH: install it (Debian, Ubuntu: sudo apt-get install git; "
            "others: https://git-scm.com), then run again"
        )


FORMAT_PATHS = ("snippets", "tests", "scripts")


def format_paths(args: argparse.Namespace) -> None:
    # ruff would print one usage block or error per path, twice (check, then format).
    for path in args.rest:
        if path.startswith("-"):
            fail(
                f"format takes paths, not options such as {path}: for ruff's own options "
                f"run .venv/bin/ruff (Windows: .venv\\Scripts\\ruff) directly"
            )
        if not (ROOT / path).exists():
            fail(f"format: {path}: no such file or folder (paths are relative to {ROOT})")


def browser() -> Path:
    """Chromium, npm's locked packages, then .venv's packages and Playwright in a venv of its own."""
    browser_tools()
    return sync(groups=("browser",), venv=BROWSER_VENV)


def printer() -> Path:
    """For `pdf`: Chromium, and .venv's packages with the "browser" group (Playwright, pypdf),
    without the suite's npm packages."""
    chromium()
    return sync(groups=("browser",), venv=BROWSER_VENV)


def uv_only() -> Path:
    """For a script that makes its environments itself: matrix gives each Python its own, and
    bench-tests runs `dev.py test`, which sets itself up. The script runs on this Python."""
    uv()
    return Path(sys.executable)


def run(python: Path, args: "list[str]") -> int:
    env = dict(os.environ)
    env.pop("VIRTUAL_ENV", None)
    return subprocess.run([str(python), *args], cwd=ROOT, env=env).returncode


def serve_arguments(port: int, full: bool = False) -> "list[str]":
    """Python's arguments for the serve command (scripts/bench_build.py times this one too)."""
    # --dirty: after an edit, only the pages it affects are built again (scripts/hooks/preview.py).
    dirty = [] if full else ["--dirty"]
    return [*engine("serve", "--strict", *dirty, "--dev-addr", f"127.0.0.1:{port}")]


def serve(python: Path, args: argparse.Namespace) -> int:
    return run(python, serve_arguments(args.port, args.full))


def format_code(python: Path, args: argparse.Namespace) -> int:
    paths = args.rest or list(FORMAT_PATHS)
    # Safe fixes first (import order, say), then the formatter; what is left is printed by `ruff check`.
    fixed = run(python, ["-m", "ruff", "check", "--fix", "--quiet", *paths])
    return run(python, ["-m", "ruff", "format", *paths]) or fixed


class Command(NamedTuple):
    """A command of COMMANDS: its `-h` line, its arguments, its set-up and what it runs.

    A NamedTuple, not a dataclass: COMMANDS is built before main() checks the version, and
    Python 3.6 has no dataclasses.
    """

    name: str
    help: str  # in -h after `name args`; ARGS, PATHS and the like are the words of `args`
    # Its Python's arguments (a module or a script, then the extra arguments), or a function.
    runs: "tuple[str, ...] | Callable[[Path, argparse.Namespace], int]"
    args: str = ""  # shown in -h; a command with none refuses extra arguments, others pass them on
    # argparse's, each with a metavar for -h unless it is a flag (action="store_true")
    options: "tuple[tuple[str, dict], ...]" = ()
    # Run in order before any set-up, so that a wrong argument costs no install.
    checks: "tuple[Callable[[argparse.Namespace], None], ...]" = ()
    setup: "Callable[[], Path]" = sync  # returns the Python that runs it


PORT = (
    "--port",
    dict(metavar="PORT", type=port, default=8000, help="port on 127.0.0.1 (default 8000)"),
)
FULL = (
    "--full",
    dict(
        action="store_true",
        help="rebuild the whole site on every change, as `build` does (slower; search as published)",
    ),
)

COMMANDS = (
    Command(
        "serve",
        "the site at http://127.0.0.1:8000, live reload; an edit rebuilds only the pages it "
        "affects (--full: the whole site)",
        serve,
        options=(PORT, FULL),
        checks=(git_on_path, port_free),
    ),
    Command(
        "test",
        "the whole test suite; ARGS go to pytest (-k fork, -x, ...)",
        ("-m", "pytest"),
        args="[ARGS]",
        checks=(git_on_path,),
    ),
    Command(
        "build",
        "the site, strictly, into site/",
        engine("build", "--strict"),
        checks=(git_on_path,),
    ),
    Command(
        "refresh",
        "rewrite the output shown on pages from real runs",
        ("scripts/refresh.py",),
        args="[PATHS] [-k TEXT] [--python X.Y]",
    ),
    Command(
        "format",
        f"ruff: fix lint that has a safe fix, then format (default: {', '.join(FORMAT_PATHS)})",
        format_code,
        args="[PATHS]",
        checks=(format_paths,),
    ),
    Command(
        "browser-test",
        "build the site and test it in the browser; ARGS go to pytest",
        # -n 0: one browser, pages in turn; the suite builds and serves the site itself.
        ("-m", "pytest", "tests/browser", "-n", "0"),
        args="[ARGS]",
        checks=(git_on_path,),
        setup=browser,
    ),
    Command(
        "pdf",
        "the offline edition: print the built site (default site/) as one PDF per language, "
        "into its pdf/ folder",
        ("scripts/build_pdf.py",),
        args="[SITE]",
        setup=printer,
    ),
    Command(
        "bench-site",
        "page weight, search latency and Lighthouse figures of the built site, ours against "
        "Material alone",
        ("scripts/bench_site.py",),
        args="[OPTIONS]",
        checks=(git_on_path,),
        setup=browser,
    ),
    Command(
        "search-ranks",
        "where search ranks each benchmark query's teaching page, in seconds, on the built site "
        "(Node runs Material's search worker)",
        ("scripts/search_ranks.py",),
        args="[OPTIONS] [QUERIES]",
    ),
    Command(
        "bench-build",
        "the strict build's time and serve's save-to-reload, medians, against their budgets",
        ("scripts/bench_build.py",),
        args="[OPTIONS]",
        checks=(git_on_path,),
    ),
    Command(
        "bench-tests",
        "the test command's time, median of several runs, against its budget",
        ("scripts/bench_tests.py",),
        args="[OPTIONS]",
        setup=uv_only,
    ),
    Command(
        "diagrams",
        "draw the Mermaid diagrams as SVG into docs/assets/diagrams/",
        ("scripts/render_diagrams.py",),
        setup=browser,
    ),
    Command(
        "matrix",
        "the suite on every CPython 3.10+ found here x every start method",
        ("scripts/matrix.py",),
        args="[OPTIONS]",
        checks=(git_on_path,),
        setup=uv_only,
    ),
)


def listing(width: int) -> str:
    """The commands as -h shows them: `name args`, then the help, with where to read more."""
    rows = []
    for command in COMMANDS:
        usage = [
            f"[{flag} {option['metavar']}]" if "metavar" in option else f"[{flag}]"
            for flag, option in command.options
        ]
        notes = []
        if isinstance(command.runs, tuple) and command.runs[0].endswith(".py"):
            notes.append(command.runs[0])
            if command.args:  # the script parses them, so it has a -h of its own
                notes.append(f"{command.name} -h for more")
        if command.setup in (browser, printer):
            notes.append("Chromium")
        text = command.help + (f" ({'; '.join(notes)})" if notes else "")
        rows.append((" ".join([command.name, *usage, command.args]).strip(), text))
    left = max(len(name) for name, _ in rows) + 4
    return "\n".join(
        textwrap.fill(
            text,
            max(width, left + 30),
            initial_indent=f"  {name:<{left - 2}}",
            subsequent_indent=" " * left,
            break_long_words=False,  # a path or address stays whole, to copy
            break_on_hyphens=False,
        )
        for name, text in rows
    )


def main() -> None:
    if sys.version_info < (3, 10):
        fail(
            f"Python 3.10 or newer is needed, this is {sys.version.split()[0]}: run this script with a "
            f"newer one (python3.12 scripts/dev.py ..., say; on Windows py -3.12 scripts\\dev.py ...)"
        )
    parser = Parser(
        prog="python scripts/dev.py",
        description="Set up (from uv.lock) and run one of the project's commands:\n\n"
        + listing(shutil.get_terminal_size().columns - 2),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    subparsers = parser.add_subparsers(
        dest="command", metavar="COMMAND", required=True, help="one of the commands above"
    )
    for command in COMMANDS:
        # Without -h of its own, -h goes on with the other arguments: to pytest, say.
        sub = subparsers.add_parser(
            command.name, description=command.help, add_help=not command.args
        )
        for flag, option in command.options:
            sub.add_argument(flag, **option)
    args, rest = parser.parse_known_args()
    args.rest = rest
    command = next(c for c in COMMANDS if c.name == args.command)
    if args.rest and not command.args:
        parser.error(f"{command.name} takes no arguments, but was given: {' '.join(args.rest)}")
    for check in command.checks:
        check(args)
    python = command.setup()
    if callable(command.runs):
        sys.exit(command.runs(python, args))
    sys.exit(run(python, [*command.runs, *args.rest]))


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        sys.exit(130)
