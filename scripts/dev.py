"""The project's commands, each of which sets itself up first.

    python scripts/dev.py serve          # the site at http://127.0.0.1:8000, live reload
    python scripts/dev.py test [ARGS]    # the whole test suite; ARGS go to pytest (-k fork, -x, ...)
    python scripts/dev.py build          # the site, strictly, into site/
    python scripts/dev.py refresh [PATHS] [-k TEXT]   # rewrite shown output from real runs (scripts/refresh.py)
    python scripts/dev.py format [PATHS] # ruff: fix lint that has a safe fix, then format (snippets, tests, scripts)
    python scripts/dev.py browser-test [ARGS]  # the site in Chromium: tests/browser (needs Debian's chromium, npm)
    python scripts/dev.py bench-site     # page weight and search latency of the built site (scripts/bench_site.py)
    python scripts/dev.py bench-tests    # the test command's time, median of 3 runs (scripts/bench_tests.py)
    python scripts/dev.py diagrams       # draw the Mermaid diagrams as SVG (scripts/render_diagrams.py; Chromium)

Needs only Python 3.10+ and git. The first run installs uv (pinned, into
.cache/uv/) and then the locked dependencies from uv.lock into .venv/; later
runs only check that .venv matches uv.lock, which takes milliseconds.
"""

# No `from __future__ import annotations` (and the annotations that need it are quoted): an old
# Python such as 3.6 must get as far as the version check in main() to say what is wrong.
import argparse
import os
import shutil
import socket
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

from cli import Parser, fail

ROOT = Path(__file__).resolve().parents[1]
UV_VERSION = "0.13.8"
UV_HOME = ROOT / ".cache" / "uv"
VENV = ROOT / ".venv"
WINDOWS = os.name == "nt"


def port(text: str) -> int:
    if not text.isdigit() or not 0 < int(text) < 65536:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number (1 to 65535)")
    return int(text)


def check_port_free(number: int) -> None:
    """Fail now, not after mkdocs has built the whole site and then cannot bind."""
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as mkdocs's server does
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


def sync(groups: "tuple[str, ...]" = (), venv: Path = VENV) -> Path:
    """Make `venv` match uv.lock exactly (a no-op when it already does); return its python.

    `groups` adds dependency groups of pyproject.toml, such as "browser". A venv
    with extra groups must be a venv of its own: an exact sync of .venv (by
    `test`, say) would remove them while another command is using them.
    """
    env = dict(os.environ, UV_PROJECT_ENVIRONMENT=str(venv), UV_PYTHON_DOWNLOADS="never")
    env.pop("VIRTUAL_ENV", None)  # an activated venv elsewhere is not ours
    command = [str(uv()), "sync", "--frozen", "--quiet", "--python", sys.executable]
    command += [f"--group={group}" for group in groups]
    if sysconfig.get_config_var("Py_GIL_DISABLED"):
        # autocorrect-py ships only abi3 wheels, which a free-threaded CPython cannot load.
        command += ["--no-install-package", "autocorrect-py"]
        print(
            "Note: free-threaded Python: autocorrect-py is not installed, so the Chinese prose check "
            "(tests/test_prose.py) cannot run here; it runs on every default build",
            file=sys.stderr,
        )
    if subprocess.run(command, cwd=ROOT, env=env).returncode != 0:
        fail(
            "could not install the locked dependencies (uv sync --frozen failed; its message is above): "
            "check that PyPI is reachable, then run again"
        )
    return _bin(venv, "python")


CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
# package.json and package-lock.json of Lighthouse, axe-core and vnu.jar (the Nu Html Checker)
NODE_PACKAGES = ROOT / "tests" / "browser" / "node"
NODE_HOME = ROOT / ".cache" / "node"
BROWSER_VENV = ROOT / ".cache" / "venv-browser"  # .venv plus the "browser" group (Playwright)


def browser_tools() -> None:
    """Check for Chromium and npm; install the locked npm packages into .cache/node/ (once per lock)."""
    if not CHROMIUM.exists():
        fail(
            f"the browser suite needs Chromium at {CHROMIUM}: install Debian's chromium and fonts-noto-cjk "
            f"(sudo apt-get install chromium fonts-noto-cjk), or set CHROMIUM to another Chromium"
        )
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


def run(python: Path, args: "list[str]") -> int:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env.pop("VIRTUAL_ENV", None)
    return subprocess.run([str(python), *args], cwd=ROOT, env=env).returncode


def main() -> None:
    if sys.version_info < (3, 10):
        fail(
            f"Python 3.10 or newer is needed, this is {sys.version.split()[0]}: run this script with a "
            f"newer one (python3.12 scripts/dev.py ..., say; on Windows py -3.12 scripts\\dev.py ...)"
        )
    parser = Parser(
        prog="python scripts/dev.py",
        description="Set up (from uv.lock) and run one of the project's commands.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    serve = commands.add_parser("serve", help="serve the site with live reload")
    serve.add_argument("--port", type=port, default=8000, help="port on 127.0.0.1 (default 8000)")
    commands.add_parser(
        "test", help="run the whole test suite; other arguments go to pytest", add_help=False
    )
    commands.add_parser("build", help="build the site strictly into site/")
    commands.add_parser(
        "refresh",
        help="rewrite the output shown on pages from real runs (refresh -h for more)",
        add_help=False,
    )
    commands.add_parser(
        "format",
        help="ruff check --fix, then ruff format: snippets/, tests/, scripts/",
        add_help=False,
    )
    commands.add_parser(
        "browser-test",
        help="build the site and test it in Chromium (tests/browser); other arguments go to pytest",
        add_help=False,
    )
    commands.add_parser(
        "bench-site", help="page weight and search latency of the site, in Chromium"
    )
    commands.add_parser(
        "bench-tests",
        help="time the whole test suite, median of 3 runs, against its budget (bench-tests -h)",
        add_help=False,
    )
    commands.add_parser(
        "diagrams", help="draw the Mermaid diagrams into docs/assets/diagrams/, in Chromium"
    )
    commands.add_parser(
        "matrix",
        help="the suite on every CPython 3.10+ found here x every start method (matrix -h for more)",
        add_help=False,
    )
    args, rest = parser.parse_known_args()
    if (
        args.command not in ("test", "refresh", "format", "browser-test", "matrix", "bench-tests")
        and rest
    ):
        parser.error(f"{args.command} takes no arguments, but was given: {' '.join(rest)}")
    if args.command == "format":
        # ruff would print one usage block or error per path, twice (check, then format).
        for path in rest:
            if path.startswith("-"):
                fail(
                    f"format takes paths, not options such as {path}: for ruff's own options "
                    f"run .venv/bin/ruff (Windows: .venv\\Scripts\\ruff) directly"
                )
            if not (ROOT / path).exists():
                fail(f"format: {path}: no such file or folder (paths are relative to {ROOT})")
    if args.command in ("serve", "build", "test", "browser-test", "bench-site", "matrix"):
        if not shutil.which("git"):
            # Without it the site build stops in an import of GitPython, in a long traceback.
            fail(
                "git is not on PATH: install it (Debian, Ubuntu: sudo apt-get install git; "
                "others: https://git-scm.com), then run again"
            )
    if args.command == "serve":
        check_port_free(args.port)

    if args.command in ("matrix", "bench-tests"):
        # matrix: each Python gets its own environment; bench-tests runs `dev.py test`, which sets itself up.
        uv()
        script = {"matrix": "matrix.py", "bench-tests": "bench_tests.py"}[args.command]
        sys.exit(
            subprocess.run(
                [sys.executable, str(ROOT / "scripts" / script), *rest], cwd=ROOT
            ).returncode
        )
    if args.command in ("browser-test", "bench-site", "diagrams"):
        browser_tools()
        python = sync(groups=("browser",), venv=BROWSER_VENV)
    else:
        python = sync()
    if args.command == "serve":
        code = run(
            python, ["-m", "mkdocs", "serve", "--strict", "--dev-addr", f"127.0.0.1:{args.port}"]
        )
    elif args.command == "build":
        code = run(python, ["-m", "mkdocs", "build", "--strict"])
    elif args.command == "refresh":
        code = run(python, ["scripts/refresh.py", *rest])
    elif args.command == "format":
        paths = rest or ["snippets", "tests", "scripts"]
        # Safe fixes first (import order, say), then the formatter; what is left is printed by `ruff check`.
        fixed = run(python, ["-m", "ruff", "check", "--fix", "--quiet", *paths])
        code = run(python, ["-m", "ruff", "format", *paths]) or fixed
    elif args.command == "browser-test":
        # -n 0: one browser, pages in turn; the suite builds and serves the site itself.
        code = run(python, ["-m", "pytest", "tests/browser", "-n", "0", *rest])
    elif args.command == "bench-site":
        code = run(python, ["scripts/bench_site.py"])
    elif args.command == "diagrams":
        code = run(python, ["scripts/render_diagrams.py"])
    else:
        code = run(python, ["-m", "pytest", *rest])
    sys.exit(code)


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        sys.exit(130)
