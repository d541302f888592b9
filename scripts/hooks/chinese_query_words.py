"""A Chinese query is searched as the index's longest words, the whole query included.

Material's search worker cuts a Chinese query into words the index holds, longest first
(segment() in src/templates/assets/javascripts/integrations/search/query/segment/index.ts). Its
loop stops one character short (`j < query.length`), so the query itself is never one of the
words tried: 进程 is searched as 进*, 子进程 as 子* and 进*, 进程池 as 进程*, and the page that
teaches the term loses to every page with a word that merely starts the same way. This hook
corrects that one comparison in the built worker (`<=`), after each build.

If a new Material no longer has the code exactly as below, the build fails and says so: see
whether the new worker still stops short, then update or delete this hook.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

WORKERS = "assets/javascripts/workers/search.*.min.js"
STOPS_SHORT = "for(let o=s+1;o<t.length;o++)t.slice(s,o)in e"
WHOLE_QUERY_TOO = "for(let o=s+1;o<=t.length;o++)t.slice(s,o)in e"


def corrected(worker: str) -> str:
    """The worker's code with the loop that stops short corrected; the same if it is already."""
    if worker.count(STOPS_SHORT) == 1:
        return worker.replace(STOPS_SHORT, WHOLE_QUERY_TOO)
    if worker.count(WHOLE_QUERY_TOO) == 1:
        return worker  # corrected by an earlier build: `serve` copies the theme's files once
    raise PluginError(
        f"scripts/hooks/chinese_query_words.py: Material's search worker no longer has "
        f"{STOPS_SHORT!r} exactly once. See whether its segment() still leaves the whole query "
        f"out of the words it tries; then update the hook's code, or delete the hook (and its "
        f"line in mkdocs.yml)"
    )


# After mkdocs-static-i18n (-100): the languages share the theme's files at the site's root.
@event_priority(-200)
def on_post_build(config) -> None:
    if config.plugins["i18n"].building:  # an inner, per-language build
        return
    workers = sorted(Path(config.site_dir).glob(WORKERS))
    if not workers:
        raise PluginError(
            f"scripts/hooks/chinese_query_words.py: no search worker ({WORKERS}) in the built site"
        )
    for worker in workers:
        text = worker.read_text(encoding="utf-8")
        fixed = corrected(text)
        if fixed != text:
            worker.write_text(fixed, encoding="utf-8")
