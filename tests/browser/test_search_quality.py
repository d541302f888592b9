"""The search benchmark: does a reader who types a term find the page that teaches it?

Every term of the glossary, expecting the page its row links to, and every query of
search_queries.yml are typed into the real search box of its language's home page, in Chromium,
and the rank of the teaching page among the results is recorded. Printed (run with -s to see
it). The issue's budgets for the share of queries whose teaching page is among the first three
results are every glossary term and 95% of all queries; the glossary's is not met yet in
Chinese. The benchmark prints each share against its budget and fails when one falls below what
the site reached when it was last measured (FLOOR), so that search can only get better. It fails
outright on:

* queries with no result at all although every word of them is on the site in that language;
* a result in the other language, or a request to another host.

It also prints the time from the last keystroke to the results (median and worst), with the
index loaded (warm) and from a fresh page load (cold), but does not judge it: a time is a
benchmark's business, and `python scripts/dev.py bench-site` holds search latency to its budget.

`python scripts/dev.py search-ranks` ranks the same queries in seconds, with Material's search
worker in Node (scripts/search_ranks.py); this benchmark fails when the two list any query's
results differently, so that the quick answer stays the browser's.
"""

from __future__ import annotations

import json
import re
import statistics
from pathlib import Path

import pytest

import glossary
from search_ranks import HOME, QUERIES, TOP, load_queries, miss_line, rank, results

GLOSSARY_BUDGET = 1.0
OVERALL_BUDGET = 0.95
# Queries with the teaching page in the top 3, as measured on 2026-12-04 (issue #15; after each
# teaching page got its glossary terms as search tags, scripts/search_tags_hook.py, the worker
# tried a Chinese query whole, scripts/hooks/search_worker.py, the page that teaches 进程
# got a search boost, start-methods' first heading names the three methods, and a term that is
# also a verb is tagged with its -ing form; seven rows later, the page that teaches 线程 got the
# same boost as the one on 进程): raise these when search gets better; lower them only with a
# reason in the commit message.
FLOOR = {"zh": {"glossary": 92, "all": 143}, "en": {"glossary": 96, "all": 181}}
COLD_RUNS = 3

# Counts the search worker's messages, so that a test knows when the worker has answered the
# last keystroke (Material posts one query per keystroke and renders every answer), and notes
# when the last key went up and when the result list last changed.
INSTRUMENT = """
(() => {
  const state = window.__search = { sent: 0, received: 0, key: 0, render: 0 };
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", () => { state.received++; });
    }
    postMessage(...args) { state.sent++; return super.postMessage(...args); }
  };
  // The keystroke that last changed the query: Material searches again only then.
  let value = "";
  document.addEventListener("keyup", event => {
    if (event.target.value !== undefined && event.target.value !== value) {
      value = event.target.value;
      state.key = performance.now();
    }
  }, true);
  document.addEventListener("DOMContentLoaded", () => {
    const list = document.querySelector(".md-search-result");
    if (list) new MutationObserver(() => { state.render = performance.now(); })
      .observe(list, { childList: true, subtree: true, characterData: true });
  });
})();
"""

# Resolves once the worker has answered everything asked of it and the page has painted.
SETTLED = """() => new Promise(resolve => {
  const check = () => {
    const s = window.__search;
    if (s.sent > 1 && s.sent === s.received)
      requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 20)));
    else setTimeout(check, 5);
  };
  check();
})"""

RESULTS = """() => [...document.querySelectorAll(".md-search-result__item")]
  .map(item => item.querySelector("a")).filter(Boolean).map(a => a.href)"""


def test_every_glossary_term_is_a_query():
    """Every term is asked, and its row names the page that teaches it, the same page in both
    languages; search_queries.yml does not ask for a term again, with a page of its own."""
    queries = load_queries()
    for language in ("zh", "en"):
        pages = {e["q"]: e["pages"] for e in queries[language] if e["kind"] == "glossary"}
        missing = [t for t in glossary.terms(language) if not pages.get(t)]
        assert not missing, (
            f"glossary terms with no teaching page (a link in the last column of "
            f"docs/{glossary.PAGES[language]}): {missing}"
        )
        again = [e["q"] for e in queries[language] if e["kind"] == "glossary" and "page" in e]
        assert not again, (
            f"{QUERIES.name} asks for glossary terms, which the benchmark takes from the "
            f"glossary with their pages ({language}): {again}"
        )
    zh, en = glossary.row_pages("zh"), glossary.row_pages("en")
    differ = [(z, e) for (z, z_pages), (e, e_pages) in zip(zh, en) if z_pages != e_pages]
    assert len(zh) == len(en) and not differ, (
        f"glossary rows whose teaching pages differ between the two languages: {differ}"
    )


def words_on_site(index: Path) -> str:
    docs = json.loads(index.read_text(encoding="utf-8"))["docs"]
    text = " ".join(f"{d['title']} {d['text']}" for d in docs)
    return re.sub(r"<[^>]+>", " ", text).replace("\u200b", "").lower()


def on_site(query: str, text: str) -> bool:
    """Every word of the query occurs in the language's indexed text (titles, prose, inline code)."""
    return all(w in text for w in re.split(r"[\s/]+", query.lower()) if w)


def search(page, query: str) -> tuple[list[str], float]:
    """The result links for `query`, typed key by key, and the milliseconds from its last key.

    All but the last key first, until the worker has answered them: a reader types far slower
    than Playwright, and the time to measure is that of the query the reader sees the results
    of, not of a queue of queries no reader would send."""
    box = page.locator("input.md-search__input")
    box.fill("")
    for part in (query[:-1], query[-1:]):
        if part:
            box.press_sequentially(part)
            box.press("End")  # an input method ends with a keyup; typing CJK here sends none
            page.evaluate(SETTLED)
    links = page.evaluate(RESULTS)
    state = page.evaluate("window.__search")
    return [link.split("?")[0].split("#")[0] for link in links], state["render"] - state["key"]


def open_search(browser, site, language: str, elsewhere: list[str], wait: bool = True):
    """The language's home page with the search box focused; `elsewhere` collects every request
    the page makes to another host (the index, the worker and lunr must all come from the site)."""
    context = browser.new_context(locale="zh-CN", viewport={"width": 1280, "height": 900})
    context.add_init_script(INSTRUMENT)
    page = context.new_page()
    own = site.origin + "/"
    page.on(
        "request",
        lambda r: None if r.url.startswith((own, "data:", "blob:")) else elsewhere.append(r.url),
    )
    page.goto(site.url + HOME[language], wait_until="load" if wait else "commit")
    if wait:
        page.wait_for_load_state("networkidle")
    page.keyboard.press("s")  # Material's shortcut: focus the search box
    return context, page


@pytest.mark.parametrize("language", ["zh", "en"])
def test_search_quality(browser, site, language):
    entries = load_queries()[language]
    text = words_on_site(site.directory / HOME[language] / "search" / "search_index.json")
    own = site.url + HOME[language]
    other = site.url + "en/"

    cold, elsewhere = [], []
    for entry in entries[:COLD_RUNS]:
        context, page = open_search(browser, site, language, elsewhere, wait=False)
        search(page, entry["q"])
        cold.append(page.evaluate("window.__search.render"))  # since navigation began
        context.close()

    context, page = open_search(browser, site, language, elsewhere)
    rows, warm, foreign = [], [], []
    for entry in entries:
        links, elapsed = search(page, entry["q"])
        if links:
            warm.append(elapsed)
        foreign += [
            link
            for link in links
            if not link.startswith(own) or (language == "zh" and link.startswith(other))
        ]
        # The results as pages of the language ("" is its home), as Node's are.
        found = [link.removeprefix(own) for link in links]
        rows.append((entry, rank(found, entry["pages"]), found))
    context.close()
    in_node = results(site.directory, language, [e["q"] for e in entries])
    differ = [(e["q"], b, n) for (e, _, b), n in zip(rows, in_node) if b != n]

    def share(kind=None):
        chosen = [r for r in rows if kind is None or r[0]["kind"] == kind]
        hits = [r for r in chosen if r[1] is not None and r[1] <= TOP]
        return len(hits), len(chosen)

    zero = [e["q"] for e, _, found in rows if not found and on_site(e["q"], text)]
    misses = [(e, r, n) for e, r, n in rows if r is None or r > TOP]
    print(f"\nSearch benchmark, {language} ({len(rows)} queries, {QUERIES.name}):")
    for kind in ("glossary", "plural", "api", "mixed", None):
        hits, total = share(kind)
        if total:
            print(
                f"  {kind or 'all':9} teaching page in the top {TOP}: {hits}/{total} ({hits / total:.0%})"
            )
    print(f"  zero-result queries for words on the site: {len(zero)} {zero}")
    print(
        f"  keystroke to results, warm: median {statistics.median(warm):.0f} ms, worst {max(warm):.0f} ms"
        f"; cold page load to results: median {statistics.median(cold):.0f} ms, worst {max(cold):.0f} ms"
    )
    for e, r, found in misses:
        print(
            miss_line(e, r, found)
            + ("" if on_site(e["q"], text) else " (not on the site in this language)")
        )

    problems = []
    for kind, budget in (("glossary", GLOSSARY_BUDGET), ("all", OVERALL_BUDGET)):
        hits, total = share(None if kind == "all" else kind)
        met = "met" if hits >= budget * total else "not met yet"
        print(f"  {kind} in the top {TOP}: {hits}/{total}, budget {budget:.0%}: {met}")
        if hits < FLOOR[language][kind]:
            problems.append(
                f"{kind} queries with the teaching page in the top {TOP}: {hits}/{total}, fewer than "
                f"the {FLOOR[language][kind]} of the last measurement (FLOOR in {Path(__file__).name}); "
                f"misses: "
                + ", ".join(
                    repr(e["q"]) for e, _, _ in misses if kind == "all" or e["kind"] == kind
                )
            )
    if differ:
        problems.append(
            "scripts/search_ranks.py lists the results of these queries differently from Chromium "
            "(query, Chromium's, Node's): make it send the worker what the page sends: "
            + "; ".join(f"{q!r}: {b} vs {n}" for q, b, n in differ[:5])
        )
    if zero:
        problems.append(f"no result for words on the site: {zero}")
    if elsewhere:
        problems.append(f"requests to another host: {sorted(set(elsewhere))[:5]}")
    if foreign:
        problems.append(f"results in the other language: {sorted(set(foreign))[:5]}")
    assert not problems, "\n".join(problems)
