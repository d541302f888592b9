"""The built site, served as GitHub Pages would serve it, and Debian's Chromium to read it.

Used by the browser suite (tests/browser/conftest.py) and by scripts/bench_site.py.

* ``build_site`` builds the site strictly, with ``SITE_URL`` set to the address
  it will be served at, as the GitHub workflow does for Pages.
* ``SiteServer`` serves it on 127.0.0.1 under a sub-path, ``/python-concurrency-notes/``
  (a project site lives under ``/<repo>/``), with gzip like Pages, and answers a
  missing address with the root ``404.html`` and status 404, as Pages does.
* ``launch_chromium`` starts /usr/bin/chromium through Playwright; Playwright
  never downloads a browser here.
"""

from __future__ import annotations

import gzip
import json
import mimetypes
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from dev import engine
from site_files import page_at

ROOT = Path(__file__).resolve().parents[1]
PREFIX = "/python-concurrency-notes/"
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
NODE_MODULES = ROOT / ".cache" / "node" / "node_modules"
ARTIFACTS = ROOT / "test-artifacts"
# What this sandbox (and a CI runner) needs; Playwright adds --headless and a fresh profile of its own.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# The four ways every page is looked at: two widths, two palettes.
VIEWS = {
    "desktop": {"viewport": {"width": 1280, "height": 900}},
    "phone": {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True},
}
SCHEMES = ("light", "dark")

COMPRESSIBLE = (
    "text/",
    "application/javascript",
    "application/json",
    "image/svg+xml",
    "application/xml",
)
TYPES = {
    ".mjs": "text/javascript",
    ".js": "text/javascript",
    ".json": "application/json",
    ".svg": "image/svg+xml",
}


def chromium_missing() -> str | None:
    if CHROMIUM.exists():
        return None
    return (
        f"the browser suite needs Chromium at {CHROMIUM}: install Debian's chromium and fonts-noto-cjk "
        f"(sudo apt-get install chromium fonts-noto-cjk), or set CHROMIUM"
    )


def chromium_version() -> str:
    """What `chromium --version` says, such as "Chromium 156.0.8078.114 built on Debian ..."."""
    run = subprocess.run([str(CHROMIUM), "--version"], capture_output=True, text=True)
    return run.stdout.strip() or f"{CHROMIUM} --version printed nothing ({run.stderr.strip()})"


def axe_version() -> str:
    package = NODE_MODULES / "axe-core" / "package.json"
    if not package.exists():
        return f"not installed ({package} is missing)"
    return json.loads(package.read_text(encoding="utf-8"))["version"]


def build_site(target: Path, site_url: str) -> None:
    """The strict build of `python scripts/dev.py build` into `target`, published at `site_url`."""
    env = dict(os.environ, SITE_URL=site_url)
    run = subprocess.run(
        [sys.executable, *engine("build", "--strict", "--quiet", "--site-dir", str(target))],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if run.returncode != 0:
        raise RuntimeError(f"the strict site build failed:\n{run.stdout}{run.stderr}")


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # A browser (Lighthouse's above all) may drop a connection it no longer needs: not an error.
        if isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            return
        super().handle_error(request, client_address)


@dataclass
class SiteServer:
    """The site in `directory`, at http://127.0.0.1:<port>/python-concurrency-notes/."""

    directory: Path
    sock: socket.socket = field(default_factory=lambda: _bound_socket(), repr=False)
    requests: list[str] = field(default_factory=list, repr=False)

    @property
    def port(self) -> int:
        return self.sock.getsockname()[1]

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        return self.origin + PREFIX

    def start(self) -> SiteServer:
        handler = type("Handler", (_Handler,), {"site": self})
        self.httpd = _QuietServer(("127.0.0.1", self.port), handler, bind_and_activate=False)
        self.httpd.socket.close()
        self.httpd.socket = self.sock
        self.httpd.server_activate()
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, name="site-server", daemon=True
        )
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)

    def pages(self) -> list[str]:
        """Every HTML page of the built site, as a path under the prefix ("", "processes/fork/", ...)."""
        found = []
        for html in sorted(self.directory.rglob("*.html")):
            rel = html.relative_to(self.directory).as_posix()
            if rel.endswith("404.html"):
                continue
            found.append(rel[: -len("index.html")] if rel.endswith("index.html") else rel)
        return found

    def html(self, path: str) -> str:
        """The built HTML of a path as pages() gives it: "processes/fork/" is processes/fork/index.html."""
        file = self.directory / path
        if path.endswith("/") or not path:
            file = file / "index.html"
        return file.read_text(encoding="utf-8")

    def source(self, path: str) -> str:
        """The Markdown page a path of pages() was built from (docs/processes/fork.md), for messages;
        the path's URL for a file that has none (the 404 page, say)."""
        return page_at(path) or self.url + path


def _bound_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


class _Handler(BaseHTTPRequestHandler):
    site: SiteServer
    protocol_version = "HTTP/1.1"
    _gzipped: dict[Path, bytes] = {}

    def log_message(self, format, *args):  # noqa: A002 - the name BaseHTTPRequestHandler uses
        pass

    def do_HEAD(self):
        self.do_GET(body=False)

    def do_GET(self, body: bool = True):
        self.site.requests.append(self.path)
        path = urlsplit(self.path).path
        if path == PREFIX.rstrip("/"):
            return self._redirect(PREFIX)
        if not path.startswith(PREFIX):
            return self._send(
                HTTPStatus.NOT_FOUND, b"not under " + PREFIX.encode(), "text/plain", body
            )
        root = self.site.directory.resolve()
        target = (root / unquote(path[len(PREFIX) :])).resolve()
        if root != target and root not in target.parents:
            return self._send(HTTPStatus.NOT_FOUND, b"outside the site", "text/plain", body)
        if target.is_dir():
            if not path.endswith("/"):
                return self._redirect(path + "/")
            target = target / "index.html"
        if not target.is_file():  # GitHub Pages: the root 404.html, status 404
            return self._file(root / "404.html", HTTPStatus.NOT_FOUND, body)
        return self._file(target, HTTPStatus.OK, body)

    def _redirect(self, location: str):
        self.send_response(HTTPStatus.MOVED_PERMANENTLY)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _file(self, path: Path, status: HTTPStatus, body: bool):
        kind = (
            TYPES.get(path.suffix)
            or mimetypes.guess_type(path.name)[0]
            or "application/octet-stream"
        )
        data = path.read_bytes()
        encoding = None
        if kind.startswith(COMPRESSIBLE) and "gzip" in self.headers.get("Accept-Encoding", ""):
            if path not in self._gzipped:
                self._gzipped[path] = gzip.compress(data, compresslevel=6, mtime=0)
            data, encoding = self._gzipped[path], "gzip"
        if kind.startswith(("text/", "application/javascript", "application/json")):
            kind += "; charset=utf-8"
        self._send(status, data, kind, body, encoding)

    def _send(self, status, data: bytes, kind: str, body: bool, encoding: str | None = None):
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "max-age=600")  # what GitHub Pages sends
        if encoding:
            self.send_header("Content-Encoding", encoding)
            self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        if body:
            self.wfile.write(data)


def serve_built_site(workdir: Path, site_dir: Path | None = None) -> SiteServer:
    """Build the site (or take `site_dir`, already built for this sub-path) and serve it."""
    server = SiteServer(workdir / "site" if site_dir is None else site_dir)
    if site_dir is None:
        if server.directory.exists():
            shutil.rmtree(server.directory)
        build_site(server.directory, server.url)
    return server.start()


def launch_chromium(playwright):
    return playwright.chromium.launch(
        executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
    )


def screenshot_path(view: str, scheme: str, page_path: str) -> Path:
    slug = re.sub(r"[^A-Za-z0-9]+", "-", page_path).strip("-") or "home"
    path = ARTIFACTS / "screenshots" / f"{view}-{scheme}" / f"{slug}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


LIGHTHOUSE = NODE_MODULES / "lighthouse" / "cli" / "index.js"
LIGHTHOUSE_CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


def run_lighthouse(url: str, report: str) -> dict:
    """Lighthouse 12's mobile profile on `url` in Debian's Chromium; the JSON result (reports in test-artifacts/)."""
    node = shutil.which("node")
    if not node or not LIGHTHOUSE.exists():
        raise RuntimeError(
            "Lighthouse is not installed: run this through `python scripts/dev.py browser-test` "
            "or `python scripts/dev.py bench-site`, which install it"
        )
    out = ARTIFACTS / "lighthouse" / report
    out.parent.mkdir(parents=True, exist_ok=True)
    flags = " ".join(["--headless=new", *CHROMIUM_ARGS])
    command = [
        node, str(LIGHTHOUSE), url, "--quiet", "--output=json", "--output=html", f"--output-path={out}",
        f"--only-categories={','.join(LIGHTHOUSE_CATEGORIES)}", f"--chrome-flags={flags}",
    ]  # fmt: skip
    run = subprocess.run(
        command,
        env=dict(os.environ, CHROME_PATH=str(CHROMIUM)),
        capture_output=True,
        text=True,
    )
    if run.returncode != 0:
        raise RuntimeError(f"Lighthouse failed on {url}:\n{run.stdout}{run.stderr}")
    return json.loads(out.with_suffix(".report.json").read_text(encoding="utf-8"))
