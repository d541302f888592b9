"""The theme's templates compiled, and its files listed, once per process: not once per language.

MkDocs makes a new Jinja environment for every build, and mkdocs-static-i18n
runs one build per language, so Material's templates (and mkdocstrings' for the
API reference) were compiled from source again for each language: a sixth of
the strict build. Under `serve` they were compiled again on every rebuild. And
every build lists all of the theme's 14,000 files (Material's icons are
templates too), to find the few it copies.

* Every environment of the theme (the build's, and the one Material's search
  makes for its translations), and mkdocstrings' Python handler's, gets one
  bytecode cache, in memory for the process and in .cache/jinja/ for the next
  one. A cold build (CI's, or the first here) compiles each template once and
  reuses it for the second language; a later build compiles none; `serve`
  reuses them on every rebuild. A template is looked up by its file, its
  source's checksum, the settings of the environment that compiles it and
  the versions of Python and Jinja (in Jinja's header of each file), so an
  edited override, an upgraded Material, or an environment configured
  differently, is compiled afresh.
* The listing of a theme folder inside an installed package is kept for the
  process; the project's own overrides/ is listed every time.
"""

from __future__ import annotations

import hashlib
import os
import sysconfig
from pathlib import Path
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
    """Compiled templates kept in memory, and in a folder, for every environment compiled alike."""

    def __init__(self) -> None:
        self._code: dict[str, tuple[str, CodeType]] = {}
        self.folder: Path | None = None  # set for the project being built

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

    def _file(self, bucket: Bucket) -> Path | None:
        if self.folder is None:
            return None
        return self.folder / (hashlib.sha1(bucket.key.encode("utf-8")).hexdigest() + ".cache")

    def load_bytecode(self, bucket: Bucket) -> None:
        stored = self._code.get(bucket.key)
        if stored and stored[0] == bucket.checksum:
            bucket.code = stored[1]
            return
        file = self._file(bucket)
        if file is not None and file.is_file():
            with file.open("rb") as f:
                bucket.load_bytecode(f)  # stays empty on another Python, Jinja or source
            if bucket.code is not None:
                self._code[bucket.key] = (bucket.checksum, bucket.code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._code[bucket.key] = (bucket.checksum, bucket.code)
        file = self._file(bucket)
        if file is None:
            return
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
            partial = file.with_suffix(f".{os.getpid()}.tmp")
            with partial.open("wb") as f:
                bucket.write_bytecode(f)
            os.replace(partial, file)  # whole or not at all, for a build running alongside
        except OSError:
            pass  # a read-only checkout: the memory still serves this process

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
    CACHE.folder = Path(config.config_file_path).parent / ".cache" / "jinja"
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
