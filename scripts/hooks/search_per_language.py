"""One search index per language, so that each language's search finds only its own pages.

mkdocs-static-i18n merges every language into one search index at
``/search/search_index.json``, so an English reader would get Chinese results
and the other way round. This hook gives each language its own index:

* every page of a non-default language, and its 404 page, gets a search
  ``base`` pointing at its language root (``../en/``), so its search loads
  ``/en/search/...`` and its results lead to English pages;
* after the last build, the merged index is split by location, and each part
  gets its language's search pipeline (SEARCH_LANGUAGE below).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from mkdocs.plugins import event_priority

# Each index's `lang` and `pipeline`, the options Material's search worker reads from the index
# (material/plugins/search/config.py). The merged index has one setting for both languages,
# lang [en, zh] with pipeline [stemmer], and that breaks both: the worker adds a trailing wildcard
# to every query term, and lunr does not stem a term with a wildcard, so an index of stems
# ("semaphor", "zombi", "joinablequeu", "forkserv") never matches what a reader types
# ("semaphore*", "zombies*", "JoinableQueue*", "forkserver*"). Without the stemmer every word is
# indexed as written, and the wildcard finds its inflections: "lock*" finds lock, locks, locking.
# English: Material's own default for en (partials/languages/en.html), the stop word filter only.
# Chinese: lunr's zh language with an empty pipeline, so English tokens stay whole and no Chinese
# token is dropped: its stop word filter drops one-character words such as 可 and 同, and the
# worker cuts a Chinese query into the index's own tokens, so "可重入锁" found nothing once 可
# was missing from the index.
SEARCH_LANGUAGE = {
    "zh": {"lang": ["zh"], "pipeline": []},
    "en": {"lang": ["en"], "pipeline": ["stopWordFilter"]},
}

CONFIG_SCRIPT = re.compile(
    r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S
)


def _language_prefixes(config) -> list[str]:
    """URL prefixes of the non-default languages, such as ``["en/"]``."""
    i18n = config.plugins["i18n"]
    return [f"{lang.locale}/" for lang in i18n.config.languages if not lang.default and lang.build]


def _rebase_search(output: str, prefix: str) -> str:
    """Point the page's search at its language's index, beneath ``prefix`` (``en/``)."""

    def rebase(match: re.Match) -> str:
        data = json.loads(match.group(2))
        # With a trailing slash: Material resolves "search/search_index.json" and every
        # result's location against it, and "../en" would resolve them beside en/.
        data["base"] = f"{data['base'].rstrip('/')}/{prefix}"
        return match.group(1) + json.dumps(data, ensure_ascii=False) + match.group(3)

    return CONFIG_SCRIPT.sub(rebase, output, count=1)


def on_post_page(output: str, page, config) -> str:
    for prefix in _language_prefixes(config):
        if page.url.startswith(prefix) or page.url == prefix.rstrip("/"):
            return _rebase_search(output, prefix)
    return output


def on_post_template(output: str, template_name: str, config) -> str:
    # The 404 page is a template, not a page: on_post_page never sees it.
    if template_name != "404.html":
        return output
    i18n = config.plugins["i18n"]
    language = i18n.current_language
    if language != i18n.default_language:
        output = _rebase_search(output, f"{language}/")
    return output


# After mkdocs-static-i18n (-100), which writes the merged index last.
@event_priority(-200)
def on_post_build(config) -> None:
    if config.plugins["i18n"].building:  # an inner, per-language build
        return
    site = Path(config.site_dir)
    merged_path = site / "search" / "search_index.json"
    if not merged_path.exists():
        return
    merged = json.loads(merged_path.read_text(encoding="utf-8"))
    prefixes = _language_prefixes(config)
    default_docs = [d for d in merged["docs"] if not d["location"].startswith(tuple(prefixes))]
    default = config.plugins["i18n"].default_language
    _write_index(merged_path, _search_config(merged["config"], default), default_docs)
    for prefix in prefixes:
        docs = [
            {**d, "location": d["location"][len(prefix) :]}
            for d in merged["docs"]
            if d["location"].startswith(prefix)
        ]
        _write_index(
            site / prefix / "search" / "search_index.json",
            _search_config(merged["config"], prefix.rstrip("/")),
            docs,
        )


def _search_config(config: dict, language: str) -> dict:
    return {**config, **SEARCH_LANGUAGE.get(language, {})}


def _write_index(path: Path, config: dict, docs: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps({"config": config, "docs": docs}, ensure_ascii=False, separators=(",", ":")),
        encoding="utf-8",
    )
