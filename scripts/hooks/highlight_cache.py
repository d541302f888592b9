"""Each listing is highlighted once: once per process, and once for the builds that follow it.

Pygments took a seventh of the build, and a quarter of its listings are the
same listing on the other language's page (the same snippet, with the same
title). pymdownx.highlight's Highlight.highlight is wrapped so that a call
whose arguments and settings are those of an earlier call returns that call's
HTML: the result is a string made from nothing else. Inline code (a Markdown
element, not a string) is highlighted every time, as before.

`build` also keeps the HTML of the listings it showed in .cache/highlight/,
in a file named by the versions of Pygments, pymdownx and Markdown, and the
next build (`build`, `serve`, the tests' build of the site) starts from it:
a build highlights only listings that changed. A cold build (CI's) highlights
everything, as before.
"""

from __future__ import annotations

import functools
import hashlib
from importlib.metadata import version
from pathlib import Path

import json_cache
from mkdocs.plugins import event_priority
from pymdownx.highlight import Highlight

LIMIT = 10_000  # listings kept; `serve` makes a new one at every edit of a snippet


def _memoized(highlight):
    cache: dict[str, str] = {}  # digest of the call -> HTML
    used: set[str] = set()  # the calls of the build being made

    @functools.wraps(highlight)
    def cached(self, src, language, *args, **kwargs):
        if kwargs.get("inline") or len(args) >= 6 and args[5]:  # `inline`, by name or position
            return highlight(self, src, language, *args, **kwargs)
        # Every setting of the Highlight object, and every argument, by value.
        call = repr((sorted(vars(self).items()), src, language, args, sorted(kwargs.items())))
        key = hashlib.sha256(call.encode("utf-8")).hexdigest()
        if key not in cache:
            if len(cache) >= LIMIT:
                cache.clear()
            cache[key] = highlight(self, src, language, *args, **kwargs)
        used.add(key)
        return cache[key]

    cached.memoized = True
    cached.cache, cached.used = cache, used
    cached.state = {"command": "build", "file": None, "read": {}}
    return cached


def on_startup(command, dirty):
    if not getattr(Highlight.highlight, "memoized", False):  # once, whatever reloads this hook
        Highlight.highlight = _memoized(Highlight.highlight)
    Highlight.highlight.state["command"] = command


def on_config(config):
    state = Highlight.highlight.state
    if state["file"] is not None:  # read already: the second language's build, or `serve`
        return config
    versions = "\n".join(version(p) for p in ("pygments", "pymdown-extensions", "markdown"))
    digest = hashlib.sha256(versions.encode("utf-8")).hexdigest()[:16]
    folder = Path(config.config_file_path).parent / ".cache" / "highlight"
    state["file"] = file = folder / f"listings-{digest}.json"
    state["read"] = json_cache.read(file)
    for key, html in state["read"].items():
        Highlight.highlight.cache.setdefault(key, html)
    return config


# After mkdocs-static-i18n's on_post_build (-100), in which the other languages are built.
@event_priority(-200)
def on_post_build(config):
    state = Highlight.highlight.state
    if config.plugins["i18n"].building or state["command"] != "build" or not state["file"]:
        return
    cache = Highlight.highlight.cache
    kept = {key: cache[key] for key in sorted(Highlight.highlight.used) if key in cache}
    if kept != state["read"]:
        json_cache.write(state["file"], kept)
