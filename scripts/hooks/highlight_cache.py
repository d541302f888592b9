"""Each listing is highlighted once per process: the Chinese and the English page show the same code.

Pygments took a seventh of the build, and a quarter of its listings are the
same listing on the other language's page (the same snippet, with the same
title). pymdownx.highlight's Highlight.highlight is wrapped so that a call
whose arguments and settings are those of an earlier call returns that call's
HTML: the result is a string made from nothing else. Inline code (a Markdown
element, not a string) is highlighted every time, as before.
"""

from __future__ import annotations

import functools

from pymdownx.highlight import Highlight

LIMIT = 10_000  # listings kept; `serve` makes a new one at every edit of a snippet


def _memoized(highlight):
    cache: dict[str, str] = {}

    @functools.wraps(highlight)
    def cached(self, src, language, *args, **kwargs):
        if kwargs.get("inline") or len(args) >= 6 and args[5]:  # `inline`, by name or position
            return highlight(self, src, language, *args, **kwargs)
        # Every setting of the Highlight object, and every argument, by value.
        key = repr((sorted(vars(self).items()), src, language, args, sorted(kwargs.items())))
        if key not in cache:
            if len(cache) >= LIMIT:
                cache.clear()
            cache[key] = highlight(self, src, language, *args, **kwargs)
        return cache[key]

    cached.memoized = True
    return cached


def on_startup(command, dirty):
    if not getattr(Highlight.highlight, "memoized", False):  # once, whatever reloads this hook
        Highlight.highlight = _memoized(Highlight.highlight)
