"""What a reader does: open the home page, switch language, search, copy code, get lost, come back.

Each test opens the built site, served under /python-concurrency-notes/, in a
fresh browser context, and fails on any console error or request to another
host on the way (see Reader in conftest.py).
"""

from __future__ import annotations

import re

import pytest

import site_files
import sitekit

DEEP_ARTICLE = "processes/fork/"  # the model article; both languages
SNIPPET = sitekit.ROOT / "snippets" / "processes" / "fork_basic.py"  # its first listing


def clean(reader) -> None:
    assert not reader.problems, "\n".join(reader.problems)


def language_of(url: str, site) -> str:
    return "en" if url.startswith(site.url + "en/") else "zh"


def choose_language(page, name: str) -> None:
    """Open the language selector in the header and pick a language, as a reader does."""
    page.locator(".md-header .md-select button").hover()
    with page.expect_navigation():
        page.locator(".md-header .md-select").get_by_role("link", name=name).click()


@pytest.mark.parametrize(
    ("path", "language", "site_name"),
    [("", "zh", "Python 并发编程笔记"), ("en/", "en", "Python Concurrency Notes")],
    ids=["zh", "en"],
)
def test_home_page(open_page, path, language, site_name):
    reader = open_page()
    response = reader.goto(path)
    reader.settle()
    assert response.status == 200
    page = reader.page
    assert page.evaluate("document.documentElement.lang") == language
    assert page.locator(".md-header__topic").first.inner_text().strip() == site_name
    assert page.locator("article h1").count() == 1
    clean(reader)


@pytest.mark.parametrize("view", ["desktop", "phone"])
def test_switching_language_keeps_the_article(open_page, site, view):
    reader = open_page(view)
    reader.goto(DEEP_ARTICLE)
    reader.settle()
    page = reader.page
    zh_title = page.locator("article h1").inner_text()
    choose_language(page, "English")
    assert page.url == site.url + "en/" + DEEP_ARTICLE
    assert page.evaluate("document.documentElement.lang") == "en"
    en_title = page.locator("article h1").inner_text()
    assert (
        en_title and en_title != "" and page.locator("article h1").get_attribute("id") == "os-fork"
    )
    choose_language(page, "中文")
    assert page.url == site.url + DEEP_ARTICLE
    assert page.locator("article h1").inner_text() == zh_title
    clean(reader)


@pytest.mark.parametrize(
    ("home", "query", "expected"),
    [("", "僵尸进程", "processes/reaping/"), ("en/", "zombie", "en/processes/reaping/")],
    ids=["zh", "en"],
)
def test_search_finds_the_page_in_the_readers_language(open_page, site, home, query, expected):
    if expected not in site.pages():
        pytest.fail(
            f"{expected} is not in the built site; the search test expects the page on zombies there"
        )
    reader = open_page()
    reader.goto(home)
    reader.settle()
    page = reader.page
    page.keyboard.press("s")  # Material's shortcut: focus the search box
    box = page.locator("input.md-search__input")
    box.press_sequentially(query)
    box.press("End")  # an input method ends with a keyup; typing CJK here does not send one
    first = page.locator(".md-search-result__item > a").first
    first.wait_for(timeout=10_000)
    links = page.evaluate(
        "[...document.querySelectorAll('.md-search-result__item a')].map(a => a.href)"
    )
    pages = [link.split("?")[0].split("#")[0] for link in links]
    assert pages[0] == site.url + expected, f"the first result for {query!r} is {pages[0]}"
    wrong = [
        link for link in links if language_of(link, site) != language_of(site.url + home, site)
    ]
    assert not wrong, f"results in the other language: {wrong}"
    clean(reader)


def test_code_copy_button_copies_the_listing(open_page):
    reader = open_page(permissions=["clipboard-read", "clipboard-write"])
    reader.goto(DEEP_ARTICLE)
    reader.settle()
    page = reader.page
    block = page.locator("article .highlight").first
    assert block.locator(".filename").inner_text() == "snippets/processes/fork_basic.py"
    block.hover()
    block.locator("button.md-code__button[data-md-type=copy]").click()
    page.locator(".md-dialog").get_by_text("已复制").wait_for()
    copied = page.evaluate("navigator.clipboard.readText()")
    # What a reader gets is the file without its annotation markers: "# (2)!" and the "(1)" ending a comment.
    expected = SNIPPET.read_text(encoding="utf-8")
    expected = re.sub(r"\s*# \(\d+\)!$| \(\d+\)$", "", expected, flags=re.M)
    assert [line.rstrip() for line in copied.strip().splitlines()] == expected.strip().splitlines()
    clean(reader)


@pytest.mark.parametrize(
    ("path", "language", "heading"),
    [("no/such/page/", "zh", "找不到这个页面"), ("en/no/such/page/", "en", "Page not found")],
    ids=["zh", "en"],
)
def test_404_page_speaks_the_readers_language(open_page, site, path, language, heading):
    reader = open_page()
    reader.expected_404.add(site.url + path)
    response = reader.goto(path)
    assert response.status == 404
    # GitHub Pages serves the root 404.html; its script moves on to en/404.html.
    if language != "zh":
        reader.page.wait_for_url(site.url + "en/404.html")
    reader.settle()
    page = reader.page
    assert page.evaluate("document.documentElement.lang") == language
    assert page.locator("article h1").inner_text() == heading
    home = page.locator("article a").first
    home.click()
    page.wait_for_load_state()
    assert page.url == site.url + ("en/" if language == "en" else "")
    clean(reader)


def test_language_choice_is_remembered(open_page, site):
    reader = open_page()
    page = reader.page
    reader.goto("")
    assert page.url == site.url  # nothing chosen yet: no redirect
    choose_language(page, "English")
    assert page.url == site.url + "en/"
    assert page.evaluate("localStorage.getItem('pcn-language')") == "en"

    # A new visit: the Chinese home page takes the reader to English, once.
    later = page.context.new_page()
    later.goto(site.url)
    later.wait_for_url(site.url + "en/")
    later.goto(site.url)  # and only once per visit: no loop
    later.wait_for_load_state()
    assert later.url == site.url

    deep = page.context.new_page()  # a deep link is never moved
    deep.goto(site.url + DEEP_ARTICLE)
    deep.wait_for_load_state()
    assert deep.url == site.url + DEEP_ARTICLE

    choose_language(deep, "English")
    choose_language(deep, "中文")
    assert deep.evaluate("localStorage.getItem('pcn-language')") == "zh"
    again = page.context.new_page()
    again.goto(site.url)
    again.wait_for_load_state()
    assert again.url == site.url
    clean(reader)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(
    ("path", "label", "source", "date"),
    [
        (DEEP_ARTICLE, "输出", "edit/main/docs/processes/fork.md", r"^\d{4}年\d{1,2}月\d{1,2}日$"),
        (
            "en/" + DEEP_ARTICLE,
            "Output",
            "edit/main/docs/processes/fork.en.md",
            r"^[A-Z][a-z]+ \d{1,2}, \d{4}$",
        ),
    ],
    ids=["zh", "en"],
)
def test_article_furniture(open_page, site, scheme, path, label, source, date):
    """Output panels, annotations, highlighted lines, edit link, last-updated date, previous/next."""
    reader = open_page(scheme=scheme)
    reader.goto(path)
    reader.settle()
    page = reader.page
    language = language_of(page.url, site)

    outputs = page.locator("article .highlight.output")
    assert outputs.count() >= 1, "no output block is marked as output"
    assert outputs.first.locator(".filename").inner_text() == label
    looks = page.evaluate(
        """() => {
          const style = e => getComputedStyle(e);
          const code = document.querySelector("article .highlight:not(.output) pre > code");
          const out = document.querySelector("article .highlight.output pre > code");
          const panel = document.querySelector("article .highlight.output");
          return {code: style(code).backgroundColor, output: style(out).backgroundColor,
                  bar: parseFloat(style(panel).borderLeftWidth),
                  icon: style(panel.querySelector(".filename"), "::before").content};
        }"""
    )
    assert looks["code"] != looks["output"], f"output looks like code: both {looks['code']}"
    assert looks["bar"] >= 3, "the output panel has no bar on its left"

    assert page.locator("article .highlight .hll").count() >= 1, (
        "no highlighted line on the model article"
    )
    annotation = page.locator("article .md-annotation").first
    # force: the marker pulses, so it is never "stable".
    annotation.locator(".md-annotation__index").click(force=True)
    tip = annotation.locator(".md-tooltip__inner")
    tip.wait_for()
    has_chinese = bool(re.search(r"[\u4e00-\u9fff]", tip.inner_text()))
    assert has_chinese == (language == "zh"), (
        f"the annotation is not in the page's language: {tip.inner_text()!r}"
    )

    edit = page.locator("article a.md-content__button").first
    assert edit.get_attribute("href").endswith(source)
    when = (
        page.locator(".md-source-file .git-revision-date-localized-plugin-date")
        .inner_text()
        .strip()
    )
    assert re.match(date, when), f"last updated {when!r} is not a {language} date"
    for direction in ("prev", "next"):
        link = page.locator(f".md-footer__link--{direction}")
        assert link.count() == 1, f"no {direction} link"
        target = link.evaluate("a => a.href")
        assert language_of(target, site) == language, (
            f"{direction} leads to the other language: {target}"
        )
    clean(reader)


def test_diagrams_are_drawn_in_advance_and_no_page_loads_mermaid(open_page, site):
    """The build puts each diagram's drawing into its page: a reader's browser never fetches Mermaid."""
    with_diagram = [p for p in site.pages() if 'class="diagram"' in site.html(p)]
    live = [p for p in site.pages() if 'class="mermaid"' in site.html(p)]
    assert not live, f"pages with a diagram Mermaid would draw in the browser: {live}"
    if not with_diagram:
        pytest.fail("no page of the built site has a diagram")
    for path in with_diagram:
        reader = open_page()
        loaded: list[str] = []
        reader.page.on(
            "request", lambda r, loaded=loaded: "mermaid" in r.url and loaded.append(r.url)
        )
        reader.goto(path)
        reader.settle()
        assert not loaded, f"{path}: Mermaid requests {loaded}"
        drawn = reader.page.locator("div.diagram > svg")
        assert drawn.count() >= 1 and drawn.first.is_visible(), f"{path}: the diagram is not shown"
        clean(reader)


def test_every_published_url_opens_its_page(open_page):
    # A bookmark or a link from another site: every URL of tests/published_urls.txt opens a page
    # with its title, not the 404 page (no page has moved; a moved one would redirect from there).
    reader = open_page()
    for url in site_files.published_urls():
        response = reader.goto(url.lstrip("/"))
        assert response.status == 200, f"{url}: status {response.status}"
        assert reader.page.locator("article h1").count() == 1, f"{url}: no page title"
    clean(reader)
