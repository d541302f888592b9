"""How the repository's commands stop on bad input: one line on stderr, then exit status 2.

The line names the script as a contributor would type it (``scripts/dev.py: ...``)
and says what to do. argparse would print its usage block first; Parser does not.
Only the standard library, and nothing newer than Python 3.6 can parse, so that
dev.py on an old Python still gets as far as saying which Python it needs.
"""

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def script_name():
    """The running script, relative to the repository root: scripts/dev.py, say."""
    path = Path(sys.argv[0]).resolve()
    try:
        return path.relative_to(ROOT).as_posix()
    except ValueError:
        return path.name


def fail(message):
    print(script_name() + ": " + message, file=sys.stderr)
    sys.exit(2)


class Parser(argparse.ArgumentParser):
    """argparse, but a wrong argument is one line, with where to look, rather than a usage block."""

    def error(self, message):
        fail(f"{message}: see `{self.prog} -h`")
