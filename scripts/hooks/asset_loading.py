"""Fewer render-blocking requests: mkdocstrings' stylesheet only where it is used, Material's script deferred.

mkdocstrings adds its stylesheet to every page, though only the API reference
shows its output; and Material's bundle, a classic script at the end of
``<body>``, holds up the first paint until it has run.
"""

from __future__ import annotations

import re

from mkdocs.plugins import event_priority

MKDOCSTRINGS_CSS = "assets/_mkdocstrings.css"
_extra_css: list[str] = []


# After mkdocstrings and i18n, which add mkdocstrings' stylesheet (once per language build).
@event_priority(-300)
def on_config(config):
    _extra_css[:] = dict.fromkeys(config.extra_css)  # each stylesheet once
    return config


def on_page_context(context, page, config, nav):
    """mkdocstrings' stylesheet only on pages it renders (the API reference): one render-blocking request less."""
    needed = 'class="doc doc-' in (page.content or "")
    config.extra_css[:] = [css for css in _extra_css if needed or css != MKDOCSTRINGS_CSS]
    return context


# Material's bundle, a classic script at the end of <body>: deferred, it no longer holds up the
# first paint (it still runs before DOMContentLoaded, which is when Material starts).
BUNDLE = re.compile(r'<script src="([^"]*assets/javascripts/bundle\.[0-9a-f]+\.min\.js)"></script>')


def _defer_bundle(output: str) -> str:
    return BUNDLE.sub(r'<script src="\1" defer></script>', output, count=1)


def on_post_page(output: str, page, config) -> str:
    return _defer_bundle(output)


def on_post_template(output: str, template_name: str, config) -> str:
    # The 404 page is a template, not a page: on_post_page never sees it.
    return _defer_bundle(output) if template_name == "404.html" else output
