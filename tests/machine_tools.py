"""Programs some tests need from the machine (zizmor, actionlint, an old Python): where to find
one, and what such a test does without it: it skips here, and fails where CI says it must run."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import NoReturn

import pytest


def find_tool(name: str) -> str | None:
    """The executable from the project's environment, else from PATH."""
    here = Path(sys.executable).parent / (name + (".exe" if os.name == "nt" else ""))
    return str(here) if here.is_file() else shutil.which(name)


def skip_unless_required(reason: str, variable: str) -> NoReturn:
    """Skip, saying why (`reason`); fail instead where `variable` is set (CI sets it)."""
    if os.environ.get(variable):
        pytest.fail(f"{variable} is set, but {reason}", pytrace=False)
    pytest.skip(reason)
