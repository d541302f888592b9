"""Every internal link of the built site leads somewhere, in both languages.

The site is built once (not strictly, so that every problem is reported, not
just the first) into a temporary folder. Then, for each page, every ``href``
and ``src`` that stays on the site must name a file of the build, and every
``#fragment`` an element id of the page it points to. External links are not
fetched. Failures name the Markdown page the HTML came from, and the line of the
link where only one line of the page can hold it (see link_line).

The build's own warnings (mkdocs validates links and anchors too, see
``validation:`` in mkdocs.yml) fail ``test_build_has_no_warnings``, so this
suite fails wherever ``python scripts/dev.py build`` would.

The same build also keeps every URL the site has published (tests/published_urls.txt):
a reader's bookmark or a link from elsewhere must not start to lead nowhere.
"""

from __future__ import annotations

import difflib
import posixpath
import re
import subprocess
import sys
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from dev import engine
from hooks.offline_edition import PDFS
from site_files import ROOT, outside_fences, page_at, page_url, pages, published_urls, rel

# All tests of this module on one xdist worker: the site is built once for them.
pytestmark = pytest.mark.xdist_group("site-build")

PAGES = [rel(p) for p in pages()]
BUILD_TIMEOUT = 180


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> tuple[Path, str]:
    """The site built from this checkout into a temporary folder, and the build's log."""
    out = tmp_path_factory.mktemp("site")
    build = subprocess.run(
        [sys.executable, *engine("build", "--no-strict", "--site-dir", str(out))],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
    )
    if build.returncode != 0:
        pytest.fail(
            f"the site does not build (`python {' '.join(engine('build'))}` exited with status {build.returncode}); "
            f"run `python scripts/dev.py build` to see why:\n{build.stderr[-4000:]}",
            pytrace=False,
        )
    return out, build.stderr


def html_of(page: str) -> str:
    """The built file of a page: docs/x.en.md -> en/x/index.html."""
    return page_url(page) + "index.html"


class _Links(HTMLParser):
    """Ids of a page, and its links: those of the article (from the Markdown) and those around it (theme, nav)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[str, str, str]] = []  # (tag, attribute, value) inside the article
        self.chrome: list[tuple[str, str, str]] = []  # the same, outside it
        self._article_depth = 0

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            classes = (dict(attrs).get("class") or "").split()
            if self._article_depth or "md-content__inner" in classes:
                self._article_depth += 1
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (tag == "a" and name == "name"):
                self.ids.add(value)
            elif name in ("href", "src"):
                (self.links if self._article_depth else self.chrome).append((tag, name, value))

    def handle_endtag(self, tag):
        if tag == "article" and self._article_depth:
            self._article_depth -= 1


# Syntax highlighting makes more than half of a page's tags: a <span> with at most a class holds no
# id, link or article, so these are dropped before parsing, which then takes half as long.
PLAIN_SPAN = re.compile(r'<span(?: class="[^"<>]*")?>|</span>')


@cache
def _parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(PLAIN_SPAN.sub("", path.read_text(encoding="utf-8", errors="replace")))
    return parser


def _external(url: str) -> bool:
    parts = urlsplit(url)
    return bool(parts.scheme) or url.startswith("//")


def broken(
    root: Path, html: str, tag: str, attribute: str, url: str, page: str | None = None
) -> str | None:
    """Why a link of the built page `html` leads nowhere, or None if it is fine (or external)."""
    if _external(url):
        return None
    parts = urlsplit(url)
    if url.startswith("/"):
        return (
            f"the link {url!r} is absolute, but the site may be served under a sub-path. Link to the "
            f"Markdown file relatively instead, like [text](../processes/fork.md)"
        )
    target_rel = _target(html, url)
    if target_rel in PDFS.values():
        return None  # the offline edition, printed after the build (scripts/build_pdf.py)
    target = root / target_rel if parts.path else root / html
    if parts.path and (target.is_dir() or parts.path.endswith("/")):
        target = target / "index.html"
    if target_rel.startswith("..") or not target.is_file():
        if page and tag == "a" and parts.path.endswith(".md"):
            # mkdocs turns a link to an existing page into the page's URL; this one it left as it was.
            missing = posixpath.normpath(
                posixpath.join(posixpath.dirname(page), unquote(parts.path))
            )
            return f"the link {url!r} leads to nothing: there is no page {missing}. {_advice(url, tag)}"
        return f"the {tag} {attribute}={url!r} leads to nothing ({target_rel} is not in the built site). {_advice(url, tag)}"
    if parts.fragment and target.suffix == ".html":
        ids = _parse(target).ids
        fragment = unquote(parts.fragment)
        if fragment not in ids:
            close = difflib.get_close_matches(fragment, sorted(ids), n=3)
            hint = f" Did you mean {', '.join('#' + c for c in close)}?" if close else ""
            return (
                f"the link {url!r} points to #{fragment}, which {_source_of(root, target)} does not have.{hint} "
                f"Link to an explicit heading id that exists in both languages ({{#id}} after the heading)"
            )
    return None


def check_page(root: Path, page: str) -> list[str]:
    """Broken internal links in the text of one page, as messages naming the Markdown page."""
    html = html_of(page)
    if not (root / html).is_file():
        return [
            f"{page}: the build made no {html}; is the page excluded, or does it fail to render?"
        ]
    problems, seen = [], set()
    for link in _parse(root / html).links:
        if link in seen:
            continue
        seen.add(link)
        problem = broken(root, html, *link, page=page)
        if problem:
            line = link_line((ROOT / page).read_text(encoding="utf-8"), link[2])
            problems.append(f"{page}{f':{line}' if line else ''}: {problem}")
    return problems


def link_line(markdown: str, url: str) -> int | None:
    """The line of a page's Markdown that holds a link of its HTML, if exactly one line outside
    code blocks can; None if none or several can (the message then names the page alone).

    A link that leads nowhere keeps in the HTML the target the Markdown gives it ('nowhere.md');
    a link to a page that exists is made the page's URL ('good.md#x' becomes '../good/#x'), so
    then the line is found by its '#x'.
    """
    lines = list(outside_fences(markdown.splitlines()))
    patterns = [rf"(?<![\w./#-]){re.escape(url)}(?![\w/#-])"]
    if fragment := urlsplit(url).fragment:
        # not the heading's own {#x}
        patterns.append(rf"(?<!\{{){re.escape('#' + unquote(fragment))}(?![\w-])")
    for pattern in patterns:
        found = [n for n, line in lines if re.search(pattern, line)]
        if found:
            return found[0] if len(found) == 1 else None
    return None


def _advice(url: str, tag: str) -> str:
    path = urlsplit(url).path
    if tag == "a" and path.endswith(".md"):
        return "Link to a page that exists, by its Markdown path relative to this page (like ../processes/fork.md)"
    if tag == "a" and (path.endswith("/") or "." not in posixpath.basename(path)):
        return "Link to the Markdown file of a page (like fork.md or ../threads/gil.md), not to a URL of the site"
    return "Put the file under docs/ (images under docs/assets/) and refer to it relatively from the page"


def _target(html: str, url: str) -> str:
    return posixpath.normpath(posixpath.join(posixpath.dirname(html), unquote(urlsplit(url).path)))


def _source_of(root: Path, target: Path) -> str:
    """The Markdown page an HTML file was built from, for messages."""
    built = target.relative_to(root).as_posix()
    return page_at(built.removesuffix("index.html")) or built


LINK_LINES = {
    "a target left as written": ("# T {#t}\n\nSee [x](nowhere.md).\n", "nowhere.md", 3),
    "a page's URL, found by its fragment": (
        "# T {#t}\n\nText.\n\nSee [x](good.md#no-such-heading).\n",
        "../good/#no-such-heading",
        5,
    ),
    "a fragment of this page": ("# T {#t}\n\n[x](#gone)\n", "#gone", 3),
    "not the heading's own id": ("## Gone {#gone}\n\n[x](other.md#gone)\n", "../other/#gone", 3),
    "not a longer name": ("[a](old-nowhere.md)\n\n[b](nowhere.md)\n", "nowhere.md", 3),
    "two lines could hold it": ("[a](nowhere.md)\n\n[b](nowhere.md)\n", "nowhere.md", None),
    "not in a code block": ("```text\n[a](nowhere.md)\n```\n\n[b](nowhere.md)\n", "nowhere.md", 5),
    "not in the Markdown": ("# T {#t}\n", "nowhere.md", None),
}


@pytest.mark.parametrize("markdown, url, line", LINK_LINES.values(), ids=LINK_LINES.keys())
def test_link_line(markdown, url, line):
    assert link_line(markdown, url) == line


@pytest.mark.parametrize("page", PAGES)
def test_internal_links_resolve(site, page):
    root, _log = site
    problems = check_page(root, page)
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_nav_and_theme_links_resolve(site):
    """Links around the text (nav, language switcher, header, footer): each broken one reported once."""
    root, _log = site
    found: dict[str, list[str]] = {}
    for page in PAGES:
        html = html_of(page)
        if not (root / html).is_file():
            continue
        for link in dict.fromkeys(_parse(root / html).chrome):
            problem = broken(root, html, *link)
            if problem:
                found.setdefault(_target(html, link[2]), []).append(f"{page} ({link[2]!r})")
    if found:
        pytest.fail(
            "links of the navigation or theme lead nowhere (check the nav of mkdocs.yml: each entry must be a "
            "page that exists, in both languages):\n"
            + "\n".join(
                f"  {target}: linked from {len(on)} page(s), such as {on[0]}"
                for target, on in found.items()
            ),
            pytrace=False,
        )


WARNING = re.compile(r"^(WARNING|ERROR)\s+-\s+(.*)$")


def test_build_has_no_warnings(site):
    """The strict build (`python scripts/dev.py build`) fails on any of these; report them all at once."""
    _root, log = site
    lines = [m.group(0) for m in map(WARNING.match, log.splitlines()) if m]
    if lines:
        pytest.fail(
            "the site build warns (the strict build in CI fails on each of these); fix what each one says:\n"
            + "\n".join(lines),
            pytrace=False,
        )


def missing_urls(root: Path, urls: list[str]) -> list[str]:
    """Those of `urls` for which the site built into `root` has no page ("/x/" needs x/index.html)."""
    return [url for url in urls if not (root / url.lstrip("/") / "index.html").is_file()]


def test_missing_urls_names_each_url_without_a_page(tmp_path):
    for made in ("index.html", "processes/fork/index.html", "en/processes/fork/index.html"):
        (tmp_path / made).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / made).write_text("<html></html>", encoding="utf-8")
    urls = ["/", "/processes/fork/", "/en/processes/fork/", "/processes/pids/", "/en/"]
    assert missing_urls(tmp_path, urls) == ["/processes/pids/", "/en/"]


def test_published_urls_still_exist(site):
    """Every page URL the site ever published still leads to a page (or to a redirect from it)."""
    root, _log = site
    gone = missing_urls(root, published_urls())
    if gone:
        pytest.fail(
            "the build no longer has these URLs, which the site has published (tests/published_urls.txt):\n"
            + "\n".join(f"  {url}" for url in gone)
            + "\nA reader's bookmark or a link from another site would now lead to the 404 page. Keep the page "
            "where it was (its file under docs/ makes its URL), or redirect the old URL to the new one with the "
            "mkdocs-redirects plugin (pin it in uv.lock). Remove a URL from the list only to retire it on purpose",
            pytrace=False,
        )
