"""Each template compiled once per process, not once per language build and per `serve` rebuild.

MkDocs makes a new Jinja environment for every build, and mkdocs-static-i18n
runs one build per language, so Material's templates (and mkdocstrings' for the
API reference) were compiled from source again for each language: a sixth of
the strict build. Under `serve` they were compiled again on every rebuild.

Both kinds of environment get one in-memory bytecode cache. It lives as long
as the process: a cold build (CI's) compiles each template once and reuses it
for the second language; `serve` reuses it on every rebuild. Nothing is
written to disk, so nothing can go stale between runs. A template is looked up
by its file, its source's checksum and the settings of the environment that
compiles it, so an edited override, or an environment configured differently,
is compiled afresh.
"""

from __future__ import annotations

import hashlib
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


def on_env(env, config, files):
    env.bytecode_cache = CACHE
    return env


# After mkdocstrings' on_config, which makes the handlers of this build.
@event_priority(-50)
def on_config(config):
    # The Python handler is what mkdocstrings would make at the reference page anyway;
    # made here, its environment gets the cache before it compiles anything.
    if "mkdocstrings" in config.plugins:
        config.plugins["mkdocstrings"].get_handler("python").env.bytecode_cache = CACHE
    return config
