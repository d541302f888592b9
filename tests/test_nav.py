"""The nav of mkdocs.yml lists every page once, and every nav title has an English translation.

The nav lists the Chinese file (docs/x.md) only: the i18n plugin finds its
English version (docs/x.en.md) by itself.
"""

from __future__ import annotations

import fnmatch
from functools import cache

import pytest
from mkdocs.utils.yaml import yaml_load

from site_files import ROOT, is_english, pages, rel, twin


@cache
def _config() -> dict:
    with open(ROOT / "mkdocs.yml", encoding="utf-8") as f:
        return yaml_load(f)


def _nav_entries(nav, trail=()) -> list[tuple[tuple[str, ...], str | None, str | None]]:
    """(section titles, own title, file) for every nav item; file None for a section."""
    found = []
    for item in nav or []:
        if isinstance(item, str):
            found.append((trail, None, item))
        elif isinstance(item, dict):
            for title, value in item.items():
                if isinstance(value, list):
                    found.append((trail, title, None))
                    found.extend(_nav_entries(value, (*trail, title)))
                else:
                    found.append((trail, title, value))
    return found


def _is_url(target: str) -> bool:
    return "://" in target or target.startswith(("/", "mailto:"))


def _listed() -> list[str]:
    return [f for _t, _title, f in _nav_entries(_config().get("nav")) if f and not _is_url(f)]


def test_nav_lists_chinese_files_that_exist():
    listed = _listed()
    problems = []
    for f in listed:
        if is_english(f):
            problems.append(
                f"mkdocs.yml: nav lists {f}; list the Chinese file {f[: -len('.en.md')]}.md instead. The i18n "
                f"plugin puts docs/{f} in the English nav by itself"
            )
        elif not (ROOT / "docs" / f).is_file():
            problems.append(
                f"mkdocs.yml: nav lists {f}, but docs/{f} does not exist. Create it or fix the path"
            )
        elif not (ROOT / "docs" / twin(f)).is_file():
            problems.append(
                f"mkdocs.yml: nav lists {f}, but docs/{twin(f)} (its English version) does not exist"
            )
    for f in sorted({f for f in listed if listed.count(f) > 1}):
        problems.append(f"mkdocs.yml: nav lists {f} more than once")
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


@pytest.mark.parametrize("page", [rel(p) for p in pages() if not is_english(p)])
def test_page_is_in_nav(page):
    inside = page[len("docs/") :]
    not_in_nav = [
        p.strip() for p in str(_config().get("not_in_nav") or "").splitlines() if p.strip()
    ]
    if inside in _listed() or any(fnmatch.fnmatch("/" + inside, p) for p in not_in_nav):
        return
    pytest.fail(
        f"{page}: the page is not in the nav. Add `- {inside}` to the nav of mkdocs.yml, in its section "
        f"(one line serves both languages; the English page {twin(page)} is found by the i18n plugin)",
        pytrace=False,
    )


def test_every_nav_title_has_a_translation():
    config = _config()
    languages = []
    for plugin in config.get("plugins", []):
        if isinstance(plugin, dict) and "i18n" in plugin:
            languages = plugin["i18n"].get("languages", [])
    problems = []
    for lang in languages:
        if lang.get("default") or not lang.get("build", True):
            continue
        translations = lang.get("nav_translations") or {}
        for trail, title, _f in _nav_entries(config.get("nav")):
            if title and title not in translations:
                where = " > ".join((*trail, title))
                problems.append(
                    f"mkdocs.yml: the nav title {where!r} has no {lang.get('name', lang['locale'])} version. "
                    f"Add `{title}: <translation>` under nav_translations of the {lang['locale']!r} language "
                    f"(plugins > i18n > languages)"
                )
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
