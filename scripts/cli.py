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


def script_name(path=None):
    """A script (the running one by default) relative to the repository root: scripts/dev.py, say."""
    path = Path(path or sys.argv[0]).resolve()
    try:
        return path.relative_to(ROOT).as_posix()
    except ValueError:
        return path.name


class Stop(SystemExit):
    """How fail() stops: exit status 2, carrying the line it printed for a caller that catches it (a test)."""

    def __init__(self, line):
        super().__init__(2)
        self.line = line

    def __str__(self):
        return self.line


def fail(message, script=None):
    """Stop with one line on stderr that names the script (`script`, a path, when it is not the one
    running: a module called from the tests) and says what to do."""
    line = script_name(script) + ": " + message
    print(line, file=sys.stderr)
    raise Stop(line)


def runs(text):
    """argparse type of a benchmark's --runs: a whole number, 1 or more."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError("must be a whole number, 1 or more, not " + text)
    return int(text)


class Parser(argparse.ArgumentParser):
    """argparse, but a wrong argument is one line, with where to look, rather than a usage block."""

    def error(self, message):
        fail(f"{message}: see `{self.prog} -h`")
