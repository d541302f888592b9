"""Two corrections to Material's search worker, made in the built file after each build.

1. **A Chinese query is searched as the index's longest words, the whole query included.**
   Material's worker cuts a Chinese query into words the index holds, longest first (segment() in
   src/templates/assets/javascripts/integrations/search/query/segment/index.ts). Its loop stops
   one character short (`j < query.length`), so the query itself is never one of the words tried:
   进程 is searched as 进*, 子进程 as 子* and 进*, 进程池 as 进程*, and the page that teaches the
   term loses to every page with a word that merely starts the same way. The correction is `<=`.

2. **A word typed whole also counts as that word, not only as the start of longer ones.** The
   worker's transform() (query/transform/index.ts) searches every word as a prefix: 线程 as
   线程*. A longer word that starts with it, such as the tag 线程状态, is rarer, so lunr weighs it
   more, and the page that teaches 线程 came second to the one on thread states. The correction
   searches a word without a wildcard of its own both as typed and as a prefix (线程 线程*), so
   that a page with the word itself matches twice. `python scripts/dev.py search-ranks` on
   2026-12-04: the teaching page first for 131 of 143 Chinese queries (127 before) and 165 of 181
   English ones (160); twelve rose, one fell (worker processes, 1 -> 2); all stay in the top 3.

If a new Material no longer has the code exactly as below, the build fails and says so: see
whether the new worker still does what the correction is for, then update the correction or
delete it (and the hook's line in mkdocs.yml when none is left).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

WORKERS = "assets/javascripts/workers/search.*.min.js"
# (what the correction is for, Material's code, the corrected code)
CORRECTIONS = (
    (
        "its segment() still leaves the whole query out of the words it tries",
        "for(let o=s+1;o<t.length;o++)t.slice(s,o)in e",
        "for(let o=s+1;o<=t.length;o++)t.slice(s,o)in e",
    ),
    (
        "its transform() still searches every word only as a prefix",
        "/(^[+-]|[~^]\\d+$)/.test(r)?r:`${r}*`",
        '/(^[+-]|[~^]\\d+$)/.test(r)?r:r.includes("*")?`${r}*`:`${r} ${r}*`',
    ),
)


def corrected(worker: str) -> str:
    """The worker's code with every correction made; unchanged where one is made already."""
    for why, material, ours in CORRECTIONS:
        if worker.count(material) == 1:
            worker = worker.replace(material, ours)
        elif worker.count(ours) != 1:  # once: corrected by an earlier build (`serve` copies once)
            raise PluginError(
                f"scripts/hooks/search_worker.py: Material's search worker no longer has "
                f"{material!r} exactly once. See whether {why}; then update the correction in "
                f"CORRECTIONS, or delete it (and the hook's line in mkdocs.yml if none is left)"
            )
    return worker


# After mkdocs-static-i18n (-100): the languages share the theme's files at the site's root.
@event_priority(-200)
def on_post_build(config) -> None:
    if config.plugins["i18n"].building:  # an inner, per-language build
        return
    workers = sorted(Path(config.site_dir).glob(WORKERS))
    if not workers:
        raise PluginError(
            f"scripts/hooks/search_worker.py: no search worker ({WORKERS}) in the built site"
        )
    for worker in workers:
        text = worker.read_text(encoding="utf-8")
        fixed = corrected(text)
        if fixed != text:
            worker.write_text(fixed, encoding="utf-8")
