"""The theme's templates compiled, and its files listed, once per process: not once per language.

MkDocs makes a new Jinja environment for every build, and mkdocs-static-i18n
runs one build per language, so Material's templates (and mkdocstrings' for the
API reference) were compiled from source again for each language: a sixth of
the strict build. Under `serve` they were compiled again on every rebuild. And
every build lists all of the theme's 14,000 files (Material's icons are
templates too), to find the few it copies.

* Every environment of the theme (the build's, and the one Material's search
  makes for its translations), and mkdocstrings' Python handler's, gets one
  in-memory bytecode cache. It lives as long as the process: a cold build
  (CI's) compiles each template once and reuses it for the second language;
  `serve` reuses it on every rebuild. Nothing is written to disk, so nothing
  can go stale between runs. A template is looked up by its file, its
  source's checksum and the settings of the environment that compiles it, so
  an edited override, or an environment configured differently, is compiled
  afresh.
* The listing of a theme folder inside an installed package is kept for the
  process; the project's own overrides/ is listed every time.
"""

from __future__ import annotations

import hashlib
import os
import sysconfig
from types import CodeType

import jinja2
from jinja2.bccache import Bucket
from mkdocs.plugins import event_priority

# What the compiled code of a template depends on besides its source; the rest (filters,
# globals, translations) is looked up when the template runs, so environments may differ in it.
COMPILE_SETTINGS = (
    "block_start_string",
    "block_end_string",
    "variable_start_string",
    "variable_end_string",
    "comment_start_string",
    "comment_end_string",
    "line_statement_prefix",
    "line_comment_prefix",
    "trim_blocks",
    "lstrip_blocks",
    "newline_sequence",
    "keep_trailing_newline",
    "optimized",
    "finalize",
    "is_async",
)
INSTALLED = tuple(
    os.path.realpath(sysconfig.get_paths()[key]) + os.sep for key in ("purelib", "platlib")
)


class SharedCode(jinja2.BytecodeCache):
    """Compiled templates kept in memory, shared by every environment compiled alike."""

    def __init__(self) -> None:
        self._code: dict[str, tuple[str, CodeType]] = {}

    def get_bucket(self, environment, name, filename, source) -> Bucket:
        autoescape = environment.autoescape
        if callable(autoescape):  # decided per template name, at compile time
            autoescape = autoescape(name)
        settings = [getattr(environment, key) for key in COMPILE_SETTINGS]
        settings += [sorted(environment.extensions), autoescape, sorted(environment.policies)]
        signature = hashlib.sha1(repr(settings).encode("utf-8")).hexdigest()
        key = f"{signature}:{self.get_cache_key(name, filename)}"
        bucket = Bucket(environment, key, self.get_source_checksum(source))
        self.load_bytecode(bucket)
        return bucket

    def load_bytecode(self, bucket: Bucket) -> None:
        stored = self._code.get(bucket.key)
        if stored and stored[0] == bucket.checksum:
            bucket.code = stored[1]

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._code[bucket.key] = (bucket.checksum, bucket.code)

    def clear(self) -> None:
        self._code.clear()


CACHE = SharedCode()
_listings: dict[str, list[str]] = {}  # installed theme folder -> its files, as Jinja lists them


class ThemeLoader(jinja2.FileSystemLoader):
    """MkDocs' loader of the theme, with the listings of installed folders kept."""

    def list_templates(self) -> list[str]:
        found: set[str] = set()
        for folder in self.searchpath:
            if os.path.realpath(folder).startswith(INSTALLED):
                if folder not in _listings:
                    _listings[folder] = jinja2.FileSystemLoader(folder).list_templates()
                found.update(_listings[folder])
            else:
                found.update(jinja2.FileSystemLoader(folder).list_templates())
        return sorted(found)


# Before Material's search plugin's on_config (0), which makes an environment of the theme.
@event_priority(100)
def on_config(config):
    theme = config.theme
    make_env = type(theme).get_env

    def get_env() -> jinja2.Environment:
        env = make_env(theme)
        loader = env.loader
        if type(loader) is jinja2.FileSystemLoader:  # what MkDocs makes; anything else is left
            env.loader = ThemeLoader(loader.searchpath, loader.encoding, loader.followlinks)
        env.bytecode_cache = CACHE
        return env

    theme.get_env = get_env
    return config


def on_pre_build(config):
    # After every on_config, mkdocstrings' included, which makes this build's handlers. The Python
    # handler is what mkdocstrings would make at the reference page anyway; made here, its
    # environment gets the cache before it compiles anything.
    if "mkdocstrings" in config.plugins:
        config.plugins["mkdocstrings"].get_handler("python").env.bytecode_cache = CACHE
