"""The project's commands, each of which sets itself up first.

    python scripts/dev.py serve          # the site at http://127.0.0.1:8000, live reload
    python scripts/dev.py test [ARGS]    # the whole test suite; ARGS go to pytest (-k fork, -x, ...)
    python scripts/dev.py build          # the site, strictly, into site/

Needs only Python 3.10+ and git. The first run installs uv (pinned, into
.cache/uv/) and then the locked dependencies from uv.lock into .venv/; later
runs only check that .venv matches uv.lock, which takes milliseconds.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UV_VERSION = "0.13.8"
UV_HOME = ROOT / ".cache" / "uv"
VENV = ROOT / ".venv"
WINDOWS = os.name == "nt"


def fail(message: str) -> None:
    print(f"scripts/dev.py: {message}", file=sys.stderr)
    sys.exit(2)


def _bin(env: Path, name: str) -> Path:
    return env / ("Scripts" if WINDOWS else "bin") / (name + (".exe" if WINDOWS else ""))


def uv() -> Path:
    """A uv of the pinned version, installed once with pip into .cache/uv/."""
    exe = _bin(UV_HOME, "uv")
    stamp = UV_HOME / f"uv-{UV_VERSION}.installed"
    if not stamp.exists():
        print(f"Setting up: installing uv {UV_VERSION} into {UV_HOME.relative_to(ROOT)} (once)", file=sys.stderr)
        venv.create(UV_HOME, with_pip=True, clear=True)
        pip = [str(_bin(UV_HOME, "python")), "-m", "pip", "install", "--quiet", f"uv=={UV_VERSION}"]
        if subprocess.run(pip).returncode != 0:
            fail(f"could not install uv {UV_VERSION} with pip; check that PyPI is reachable, then run again")
        stamp.touch()
    return exe


def sync() -> Path:
    """Make .venv match uv.lock exactly (a no-op when it already does); return its python."""
    env = dict(os.environ, UV_PROJECT_ENVIRONMENT=str(VENV), UV_PYTHON_DOWNLOADS="never")
    env.pop("VIRTUAL_ENV", None)  # an activated venv elsewhere is not ours
    command = [str(uv()), "sync", "--frozen", "--quiet", "--python", sys.executable]
    if subprocess.run(command, cwd=ROOT, env=env).returncode != 0:
        fail("could not install the locked dependencies (uv sync --frozen failed; its message is above)")
    return _bin(VENV, "python")


def run(python: Path, args: list[str]) -> int:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env.pop("VIRTUAL_ENV", None)
    return subprocess.run([str(python), *args], cwd=ROOT, env=env).returncode


def main() -> None:
    if sys.version_info < (3, 10):
        fail(f"Python 3.10 or newer is needed; this is {sys.version.split()[0]}")
    parser = argparse.ArgumentParser(
        prog="python scripts/dev.py", description="Set up (from uv.lock) and run one of the project's commands."
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    serve = commands.add_parser("serve", help="serve the site with live reload")
    serve.add_argument("--port", type=int, default=8000, help="port on 127.0.0.1 (default 8000)")
    commands.add_parser("test", help="run the whole test suite; other arguments go to pytest", add_help=False)
    commands.add_parser("build", help="build the site strictly into site/")
    args, rest = parser.parse_known_args()
    if args.command != "test" and rest:
        parser.error(f"unrecognized arguments for {args.command}: {' '.join(rest)}")

    python = sync()
    if args.command == "serve":
        code = run(python, ["-m", "mkdocs", "serve", "--strict", "--dev-addr", f"127.0.0.1:{args.port}"])
    elif args.command == "build":
        code = run(python, ["-m", "mkdocs", "build", "--strict"])
    else:
        code = run(python, ["-m", "pytest", *rest])
    sys.exit(code)


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        sys.exit(130)
