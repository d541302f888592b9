"""Where search puts the page that teaches each query, in seconds: Material's own search worker,
run in Node on the built site, with the search benchmark's queries.

    python scripts/dev.py search-ranks                    # every benchmark query, both languages
    python scripts/dev.py search-ranks --lang zh 线程 进程  # the first results of these queries
    python scripts/dev.py search-ranks --site DIR         # a site built elsewhere

It reads the site in site/ (or --site): after a change to the pages or to the search hooks, run
`python scripts/dev.py build` first. For each language it prints, as the Chromium benchmark
(tests/browser/test_search_quality.py) does, the share of queries whose teaching page is among
the first three results and each miss; and how many have it first. That benchmark remains the
measure, in a real browser; it also checks that this script ranks every one of its queries as
Chromium does. Needs Node (Debian, Ubuntu: sudo apt-get install nodejs).
"""

from __future__ import annotations

import datetime
import json
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

import glossary
from cli import Parser, fail
from site_files import ROOT, language_roots, rel

QUERIES = ROOT / "tests" / "browser" / "search_queries.yml"
HOME = language_roots()  # each language's folder in the built site: {"zh": "", "en": "en/"}
TOP = 3  # the benchmark counts a query as found when its teaching page is among these
SHOWN = 10  # the results the search box shows before the reader scrolls
WORKER = Path(__file__).with_name("search_ranks.mjs")


def load_queries() -> dict[str, list[dict]]:
    """Each language's queries: every glossary term first, expecting the pages its row links to
    (scripts/glossary.py), then those of search_queries.yml."""
    data = yaml.safe_load(QUERIES.read_text(encoding="utf-8"))
    for language, entries in data.items():
        for entry in entries:
            pages = entry["page"]
            entry["pages"] = [pages] if isinstance(pages, str) else list(pages)
        terms = glossary.teaching_pages(language).items()
        data[language] = [{"q": t, "pages": p, "kind": "glossary"} for t, p in terms] + entries
    return data


def rank(found: list[str], pages: list[str]) -> int | None:
    """The place of the first of `pages` among the results shown, from 1; None if not shown."""
    for n, page in enumerate(found[:SHOWN], 1):
        if page in pages:
            return n
    return None


def results(site: Path, language: str, queries: list[str]) -> list[list[str]]:
    """For each query, the pages Material's search worker lists, best first, as locations relative
    to the language's home ("" is the home page)."""
    node = shutil.which("node")
    if not node:
        fail(
            "Node is not on PATH: install it (Debian, Ubuntu: sudo apt-get install nodejs)",
            __file__,
        )
    run = subprocess.run(
        [node, str(WORKER), str(site), HOME[language]],
        input=json.dumps(queries),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    if run.returncode != 0:
        fail(f"{rel(WORKER)} failed on {site}:\n{run.stderr.strip()}", __file__)
    return [found[:SHOWN] for found in json.loads(run.stdout)]


def named(pages: list[str]) -> list[str]:
    """Pages as printed: the home page, whose location is "", as (home)."""
    return [page or "(home)" for page in pages]


def miss_line(entry: dict, place: int | None, found: list[str]) -> str:
    """The line that reports a query whose teaching page is not in the top TOP: where it came, and
    what came first instead."""
    where = f"rank {place}" if place else f"not in the first {SHOWN}"
    return (
        f"  miss [{entry['kind']}] {entry['q']!r}: {entry['pages'][0]} {where}; "
        f"first {named(found[:TOP])}"
    )


def main() -> int:
    parser = Parser(prog="python scripts/dev.py search-ranks", description=__doc__.split("\n\n")[0])
    parser.add_argument("queries", nargs="*", help="queries to show the first results of")
    parser.add_argument("--lang", choices=sorted(HOME), help="one language only")
    parser.add_argument(
        "--site", type=Path, default=ROOT / "site", help="the built site (default site/)"
    )
    args = parser.parse_args()
    index = args.site / "search" / "search_index.json"
    if not index.is_file():
        fail(
            f"{args.site} has no built site (no {index.name}): run `python scripts/dev.py build` first"
        )
    built = datetime.datetime.fromtimestamp(index.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    print(f"The site in {args.site}, built {built}.")
    languages = [args.lang] if args.lang else list(HOME)
    if args.queries:
        for language in languages:
            for query, found in zip(args.queries, results(args.site, language, args.queries)):
                print(f"{language} {query!r}: {', '.join(named(found[:TOP])) or 'no results'}")
        return 0
    for language, entries in load_queries().items():
        if language not in languages:
            continue
        found = results(args.site, language, [e["q"] for e in entries])
        ranked = [(e, rank(f, e["pages"]), f) for e, f in zip(entries, found)]
        misses = [(e, r, f) for e, r, f in ranked if r is None or r > TOP]
        first = sum(r == 1 for _, r, _ in ranked)
        print(
            f"{language}: teaching page in the top {TOP} for {len(entries) - len(misses)}/{len(entries)} "
            f"queries, first for {first}"
        )
        for e, r, f in misses:
            print(miss_line(e, r, f))
    return 0


if __name__ == "__main__":
    sys.exit(main())
