"""The search keywords scripts/search_tags_hook.py gives each teaching page: its glossary terms,
and for English the plurals a reader types, since the English index has no stemmer."""

from __future__ import annotations

import search_tags_hook


def test_an_english_term_comes_with_its_plural():
    assert search_tags_hook.forms("zombie process") == [
        "zombie process",
        "zombie processes",
        "zombies",
    ]
    assert search_tags_hook.forms("child process")[1:] == ["child processes", "children"]
    assert search_tags_hook.forms("proxy") == ["proxy", "proxies"]
    assert search_tags_hook.forms("main thread") == ["main thread", "main threads"]
    assert search_tags_hook.forms("blocking") == ["blocking"]


def test_a_term_that_is_also_a_verb_comes_with_its_ing_form():
    assert search_tags_hook.forms("lock") == ["lock", "locks", "locking"]
    assert search_tags_hook.forms("reap") == ["reap", "reaping"]
    assert "locking" not in search_tags_hook.forms("reentrant lock")


def test_every_teaching_page_is_tagged_with_its_terms_in_its_language():
    zh, en = search_tags_hook.page_tags("zh"), search_tags_hook.page_tags("en")
    assert zh.keys() == en.keys()
    assert "僵尸进程" in zh["processes/reaping/"]
    assert {"zombie process", "zombies", "subreapers"} <= set(en["processes/reaping/"])
    assert "daemon process" in en["processes/process-class/"]
    assert "daemon process" not in en["threads/exit/"]
