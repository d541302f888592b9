"""The pages' git dates are looked up once, not again for each language and each `serve` rebuild.

mkdocs-git-revision-date-localized keeps the dates it looked up (one `git log`
per page, in a pool of processes) for as long as its options stay the same.
But its on_config writes the locale it settled on into those options, so the
next language's build sees changed options, drops every date and looks them
all up again; so does every rebuild of `serve`. Each build here starts it from
the locale mkdocs.yml gives it, which is what it settles on again anyway. The
dates on the pages do not change: each page's date is in its own language
(mkdocs-static-i18n's locale of the page), whatever the plugin's locale is.
"""

from __future__ import annotations

from mkdocs.plugins import event_priority

PLUGIN = "git-revision-date-localized"
_configured: list = [None]  # the plugin's locale as mkdocs.yml has it


# Before the plugin's own on_config (priority 0).
@event_priority(10)
def on_config(config):
    plugin = config.plugins.get(PLUGIN)
    if plugin is None:
        return config
    if not config.plugins["i18n"].building:  # the first language: the options are as loaded
        _configured[0] = plugin.config.get("locale")
    else:
        plugin.config["locale"] = _configured[0]
    return config
