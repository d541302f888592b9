"""A 404 page per language: ``404.html`` (the default language's) and ``<lang>/404.html``.

Each language's build writes its ``404.html`` at the site root, so the last one
would win. This hook keeps each language's page as the other hooks leave it
(listed after them in mkdocs.yml) and, once every build is done, writes the
default language's at the root and every other one under its language root.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority

_error_pages: dict[str, str] = {}  # language -> its rendered 404.html


def on_post_template(output: str, template_name: str, config) -> str:
    if template_name == "404.html":
        _error_pages[config.plugins["i18n"].current_language] = output
    return output


# After mkdocs-static-i18n (-100), whose per-language builds each write 404.html at the root.
@event_priority(-200)
def on_post_build(config) -> None:
    if config.plugins["i18n"].building:  # an inner, per-language build
        return
    site = Path(config.site_dir)
    default = config.plugins["i18n"].default_language
    for language, page in _error_pages.items():
        target = site / "404.html" if language == default else site / language / "404.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page, encoding="utf-8")
    _error_pages.clear()
