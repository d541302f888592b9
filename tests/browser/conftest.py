"""The browser suite: the built site, served under a sub-path, read by Debian's Chromium.

Run it with ``python scripts/dev.py browser-test`` (it installs what it needs;
Chromium itself comes from Debian: ``apt-get install chromium fonts-noto-cjk``).
The suite builds the site strictly with ``SITE_URL`` set to where it serves it,
unless ``PCN_SITE_DIR`` names a site already built for
``http://127.0.0.1:<any port>/python-concurrency-notes/``.

Every page of the built site is found by walking it, so pages added later are
tested without touching this suite. Screenshots go to test-artifacts/screenshots/.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import sitekit

# Material renders each Mermaid diagram into a *closed* shadow root; the tests open it to find the SVG.
OPEN_SHADOW_ROOTS = """
(() => {
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) { return attach.call(this, { ...init, mode: "open" }); };
})();
"""


_server: sitekit.SiteServer | None = None
_workdir: tempfile.TemporaryDirectory | None = None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # Every module needs Chromium but one that says it does not (NEEDS_CHROMIUM = False), such
    # as test_serve.py, which fetches pages over HTTP: that one can run alone without it.
    missing = sitekit.chromium_missing()
    if missing and any(
        getattr(getattr(item, "module", None), "NEEDS_CHROMIUM", True) for item in items
    ):
        raise pytest.UsageError(missing)


def pytest_report_header(config: pytest.Config) -> list[str]:
    if sitekit.chromium_missing():
        return ["browser: none (only tests without Chromium can run)"]
    # Contrast, layout and axe's verdicts can change with either version: a failure report says which ran.
    return [f"browser: {sitekit.chromium_version()}", f"axe-core: {sitekit.axe_version()}"]


def site_server() -> sitekit.SiteServer:
    """Built and started once, at collection: the tests are generated from the pages it finds."""
    global _server, _workdir
    if _server is None:
        _workdir = tempfile.TemporaryDirectory(prefix="pcn-site-")
        prebuilt = os.environ.get("PCN_SITE_DIR")
        _server = sitekit.serve_built_site(
            Path(_workdir.name), Path(prebuilt) if prebuilt else None
        )
    return _server


def pytest_unconfigure(config: pytest.Config) -> None:
    global _server, _workdir
    if _server is not None:
        _server.stop()
        _server = None
    if _workdir is not None:
        _workdir.cleanup()
        _workdir = None


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "page_path" in metafunc.fixturenames:
        paths = site_server().pages()
        metafunc.parametrize("page_path", paths, ids=[p or "(home)" for p in paths])


@pytest.fixture(scope="session")
def site() -> sitekit.SiteServer:
    return site_server()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = sitekit.launch_chromium(playwright)
        yield browser
        browser.close()


@dataclass
class Reader:
    """A page in a fresh browser context, with everything that went wrong while reading it."""

    site: sitekit.SiteServer
    page: object
    problems: list[str] = field(default_factory=list)
    expected_404: set[str] = field(default_factory=set)

    def watch(self) -> Reader:
        page = self.page
        own = self.site.origin + "/"

        def on_console(message):
            if message.type == "error" and not self._is_expected_404_message(message):
                self.problems.append(f"console error: {message.text}")

        def on_request(request):
            if not request.url.startswith((own, "data:", "blob:", "about:")):
                self.problems.append(f"request to another host: {request.url}")

        def on_response(response):
            if response.status >= 400 and response.url not in self.expected_404:
                self.problems.append(f"HTTP {response.status}: {response.url}")

        page.on("console", on_console)
        page.on("pageerror", lambda error: self.problems.append(f"JavaScript error: {error}"))
        page.on("request", on_request)

        def on_failed(request):
            if request.failure != "net::ERR_ABORTED":  # cut short by leaving the page: not a fault
                self.problems.append(f"request failed: {request.url} ({request.failure})")

        page.on("requestfailed", on_failed)
        page.on("response", on_response)
        return self

    def _is_expected_404_message(self, message) -> bool:
        # "Failed to load resource: ... 404" for an address a test visits on purpose.
        location = (message.location or {}).get("url", "")
        return "404" in message.text and location in self.expected_404

    def goto(self, path: str, wait_until: str = "load"):
        return self.page.goto(self.site.url + path, wait_until=wait_until)

    def settle(self) -> None:
        """Wait until every Mermaid diagram has rendered (or failed) and the network is quiet."""
        self.page.wait_for_function(
            """() => !document.querySelector("pre.mermaid, pre > code.language-mermaid")
                  && [...document.querySelectorAll("div.mermaid")].every(d => d.shadowRoot && d.shadowRoot.querySelector("svg"))""",
            timeout=20_000,
        )
        self.page.wait_for_load_state("networkidle")


@pytest.fixture
def open_page(browser, site):
    """open_page(view="desktop", scheme="light") -> Reader; its context closes after the test."""
    contexts = []

    def opener(view: str = "desktop", scheme: str = "light", **options) -> Reader:
        context = browser.new_context(
            color_scheme=scheme, locale="zh-CN", **sitekit.VIEWS[view], **options
        )
        context.add_init_script(OPEN_SHADOW_ROOTS)
        contexts.append(context)
        return Reader(site, context.new_page()).watch()

    yield opener
    for context in contexts:
        context.close()
