"""The Chinese segmentation of the search index kept in .cache/search/, so a build segments only new text.

Material's search plugin cuts every run of Chinese characters into words
with jieba (jieba.cut), in both languages' pages. Loading jieba's dictionary
takes a second, and the cutting as long again: a quarter of the build. The
words of each run are kept in .cache/search/jieba-<digest>.json, and a later
build reads them from there: when no page has new Chinese text, jieba is not
even loaded. Material's search loads the user dictionary (`jieba_dict_user`)
in its on_config, which loads jieba's model too; this hook defers that load to
the first run that really has to be cut. The index is the same: a run is always cut into the same words
by the same jieba and dictionary, which the digest names (jieba's version and
the search plugin's jieba_dict and jieba_dict_user, with their files' times).

`build` writes the file with the runs of its pages (so it holds no more than
the site does); `serve` only reads it. A cold build (CI's) does all the
cutting, as before. Under `serve --dirty`, the fast preview, a run no build
has cut yet stays whole instead: loading jieba would add a second to the
first reload, for the search of a preview.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import jieba
import json_cache
from mkdocs.plugins import event_priority

_words: dict[str, list[str]] = {}  # run -> its words
_used: set[str] = set()  # the runs this build cut or looked up
_state: dict = {"command": "build", "preview": False, "file": None, "read": None}
_user_dicts: list = []  # jieba.load_userdict's arguments, loaded before the first real cut


def _load_userdict_later(f):
    """jieba.load_userdict, put off: loading a user dictionary loads jieba's whole model."""
    if f not in _user_dicts:
        _user_dicts.append(f)


def _original_cut(sentence):
    while _user_dicts:
        _load_userdict_later.original(_user_dicts.pop(0))
    return list(_cut.original(sentence))


def _cut(sentence, *args, **kwargs):
    """jieba.cut, remembered for Material's call (a run, as UTF-8 bytes, and no options)."""
    if args or kwargs:
        return _cut.original(sentence, *args, **kwargs)
    run = sentence.decode("utf-8") if isinstance(sentence, bytes) else sentence
    _used.add(run)
    if run not in _words:
        if _state["preview"]:
            return iter([run])
        _words[run] = _original_cut(sentence)
    return iter(_words[run])


def on_startup(command, dirty):
    _state["command"] = command
    _state["preview"] = command == "serve" and dirty
    # jieba's own cut, also when `serve` loads this hook again and jieba.cut is the old one's.
    _cut.original = getattr(jieba.cut, "original", jieba.cut)
    jieba.cut = _cut
    _load_userdict_later.original = getattr(jieba.load_userdict, "original", jieba.load_userdict)
    jieba.load_userdict = _load_userdict_later


def _digest(search_config) -> str:
    parts = [jieba.__version__]
    for option in ("jieba_dict", "jieba_dict_user"):
        path = search_config.get(option)
        parts.append(f"{path}@{os.path.getmtime(path)}" if path and os.path.isfile(path) else "")
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:16]


def on_config(config):
    search = config.plugins.get("material/search") or config.plugins.get("search")
    if search is None or _state["file"] is not None:  # the second language's build: read already
        return config
    folder = Path(config.config_file_path).parent / ".cache" / "search"
    _state["file"] = file = folder / f"jieba-{_digest(search.config)}.json"
    _state["read"] = json_cache.read(file)
    for run, words in _state["read"].items():
        _words.setdefault(run, words)
    return config


# After mkdocs-static-i18n's on_post_build (-100), in which the other languages are built.
@event_priority(-200)
def on_post_build(config):
    if config.plugins["i18n"].building or _state["command"] != "build" or not _state["file"]:
        return
    kept = {run: _words[run] for run in sorted(_used)}
    if kept != _state["read"]:
        json_cache.write(_state["file"], kept)
