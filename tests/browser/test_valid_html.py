"""Every HTML page of the built site is valid HTML, by the Nu Html Checker (vnu.jar, from npm).

One error is let through, on purpose: Material puts autocomplete="off" on the
hidden checkboxes that open its drawer and search, so that Firefox does not
reopen them when a reader comes back to a page. The HTML standard allows the
attribute only on text-like inputs; removing it would bring that bug back.
"""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

import sitekit

VNU = sitekit.NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
ALLOWED = ("Attribute “autocomplete” is only allowed when the input type is",)


def test_every_page_is_valid_html(site):
    java = shutil.which("java")
    if not java or not VNU.exists():
        pytest.fail(
            "the HTML check needs Java (apt-get install default-jre-headless) and vnu.jar "
            "(`python scripts/dev.py browser-test` installs it)",
            pytrace=False,
        )
    pages = sorted(str(p) for p in site.directory.rglob("*.html"))
    run = subprocess.run(
        [java, "-jar", str(VNU), "--errors-only", "--format", "json", *pages],
        capture_output=True,
        text=True,
    )
    # vnu prints its JSON report on stderr and exits 0 (no errors) or 1 (errors, all in the
    # report). Exit 1 with no message is one of its own failures (a bad option, a schema it cannot
    # read, an uncaught exception); any other exit is Java's (killed, out of memory, crashed).
    try:
        messages = json.loads(run.stderr)["messages"]
    except (json.JSONDecodeError, KeyError, TypeError):
        messages = None
    if messages is None or run.returncode not in (0, 1) or (run.returncode == 1 and not messages):
        pytest.fail(
            f"vnu.jar did not check the pages (exit {run.returncode}, expected 0 with a JSON report "
            f"on stderr, or 1 with its errors there); rerun `java -jar {VNU} --errors-only "
            f"{site.directory}/index.html` to see why:\n{run.stdout}{run.stderr}",
            pytrace=False,
        )
    errors = [m for m in messages if not m.get("message", "").startswith(ALLOWED)]
    if errors:
        lines = [
            f"{m.get('url', '?').split(str(site.directory))[-1]}:{m.get('lastLine', '?')}: {m.get('message')}"
            for m in errors[:40]
        ]
        pytest.fail(f"{len(errors)} HTML errors:\n  " + "\n  ".join(lines), pytrace=False)
