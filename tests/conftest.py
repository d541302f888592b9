"""Test set-up shared by the whole suite. Read tests/codeblocks.py for how pages are run."""

from __future__ import annotations

import multiprocessing

import pytest
from codeblocks import SnippetError, start_method


def pytest_configure(config: pytest.Config) -> None:
    try:
        method = start_method()
    except SnippetError as e:
        raise pytest.UsageError(str(e)) from None
    config.snippets_start_method = method or f"{multiprocessing.get_all_start_methods()[0]} (platform default)"


def pytest_report_header(config: pytest.Config) -> str:
    return f"snippets run with multiprocessing start method: {config.snippets_start_method}"
