"""`serve`: rebuilt with the current hooks, and with --dirty, a fast preview that is still right.

Under any `mkdocs serve`, the hooks (this folder, scripts/runs_on_hook.py and
scripts/search_tags_hook.py) and the modules they import from scripts/ are
watched, and a change to one of them loads the hooks again before the rebuild:
MkDocs itself loads a hook once per process, so an edited hook would otherwise
not take effect until a restart.

``mkdocs serve --dirty``, which ``python scripts/dev.py serve`` runs, rebuilds
only the pages whose source is newer than their output. With this site that
was not enough, and this hook makes up the difference:

* a page is also rebuilt when a file it shows is newer than its output (a
  snippet it includes with ``--8<--``, a module its ``:::`` documents, the
  drawings of its diagrams, the benchmark results its tables are made from),
  and every page is, when an override template, a hook or mkdocs.yml is;
* the pages not rebuilt keep their titles from the last build, so that the
  navigation and the footer of a rebuilt page name them (MkDocs leaves the
  titles of pages it did not read empty);
* each rebuilt page's entries replace its old ones in the search index, which
  otherwise held only the rebuilt pages plus, through Material's carry-over of
  the previous index, a copy of every earlier index: a rebuild took longer
  each time (mkdocs-static-i18n's removal of duplicates is quadratic);
* MkDocs' warning that a dirty build is being performed, and its note that
  the site folder holds files of earlier builds, are not logged: under the
  strict mode of `serve` the warning was an error on every rebuild.

Nothing else changes under `serve --dirty`; `build`, and with it CI, is untouched.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
from pathlib import Path

from mkdocs.plugins import event_priority

log = logging.getLogger("mkdocs.hooks")
# `--8<-- "snippets/x.py"`, also with a line range or section (`"snippets/x.py:3:9"`)
INCLUDE = re.compile(r"""^\s*-+8<-+\s+(["'])(?P<path>[^"':]+)[^"']*\1""", re.M)
AUTODOC = re.compile(r"^:::\s+(?P<module>[\w.]+)", re.M)  # mkdocstrings: `::: threads.banker`
# What MkDocs says on every dirty build: the warning (an error under --strict), and a note
# about the files of earlier builds, which is what a dirty build keeps on purpose.
DIRTY_NOTICES = ("A 'dirty' build is being performed", "The directory contains stale files")

_mode = {"command": "build", "dirty": False}
_titles: dict[str, str] = {}  # page source (src_uri) -> its title in the last build that read it
_search_docs: dict[str, list[dict]] = {}  # page URL -> its search entries, as last built
_rebuilt: set[str] = set()  # URLs of the pages built in this build, both languages


def _preview() -> bool:
    return _mode["command"] == "serve" and _mode["dirty"]


class _NoDirtyNotices(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith(DIRTY_NOTICES)


def on_startup(command, dirty):
    _mode.update(command=command, dirty=dirty)
    if _preview():
        # ProperDocs (dev.ENGINE) logs under its own name; a plain `mkdocs serve` under MkDocs'.
        for name in ("properdocs.commands.build", "mkdocs.commands.build"):
            logger = logging.getLogger(name)
            # Once, even when the hook is loaded again after an edit.
            if not any(type(f).__name__ == "_NoDirtyNotices" for f in logger.filters):
                logger.addFilter(_NoDirtyNotices())
        log.info(
            "Fast preview (serve --dirty): an edit rebuilds the pages it changes; "
            "`python scripts/dev.py serve --full` rebuilds the whole site every time"
        )


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _hook_sources(config) -> list[Path]:
    """The hook files, and the modules they imported from their own folders (scripts/, scripts/hooks/)."""
    hooks = {module.__file__ for module in config["hooks"].values()}
    folders = {os.path.dirname(path) for path in hooks}
    # Both are absolute, as MkDocs puts a hook's folder on sys.path while it loads the hook.
    imported = {
        module.__file__
        for module in list(sys.modules.values())
        if os.path.dirname(getattr(module, "__file__", None) or "") in folders
    }
    return sorted(Path(path) for path in hooks | imported)


def _reload_hooks(config, sources: list[Path]) -> None:
    """Load every hook afresh, and the modules they import from their folders (MkDocs keeps the
    first it loaded), then start them as MkDocs started the first ones."""
    from mkdocs.config.config_options import Hooks
    from mkdocs.config.defaults import MkDocsConfig

    for name, module in list(sys.modules.items()):
        if getattr(module, "__file__", None) and Path(module.__file__) in sources:
            del sys.modules[name]
    Hooks._load_hook.cache_clear()
    option = dict(MkDocsConfig._schema)["hooks"]
    for name, module in config["hooks"].items():
        fresh = option._load_hook(name, module.__file__)
        if hasattr(fresh, "on_startup"):
            fresh.on_startup(command=_mode["command"], dirty=_mode["dirty"])


def on_serve(server, config, builder):
    sources = _hook_sources(config)
    for path in sources:  # files, not folders: a folder's __pycache__ would start a rebuild too
        server.watch(str(path))
    stamps = {path: _mtime(path) for path in sources}
    build = server.builder

    def rebuild():
        changed = [path for path in sources if _mtime(path) != stamps[path]]
        if changed:
            stamps.update((path, _mtime(path)) for path in sources)
            log.info("Hooks changed (%s): loading them again", ", ".join(p.name for p in changed))
            _reload_hooks(config, sources)
        build()

    server.builder = rebuild
    return server


def on_config(config):
    if _preview():
        for name in ("material/search", "search"):
            if name in config.plugins:
                # Its carry-over of the previous index is what on_post_build below does instead.
                config.plugins[name].is_dirty = False
    return config


def _shared_dependencies(config) -> float:
    """The newest change to what every page depends on: mkdocs.yml, the overrides, the hooks."""
    paths = [Path(config.config_file_path)] + _hook_sources(config)
    if config.theme.custom_dir:
        paths += [p for p in Path(config.theme.custom_dir).rglob("*") if p.is_file()]
    return max(map(_mtime, paths))


def _page_dependencies(source: str, config) -> list[Path]:
    """The files a page shows: its snippets, the modules it documents, its diagrams' drawings, the
    benchmark's results."""
    root = Path(config.config_file_path).parent
    bases = config.mdx_configs.get("pymdownx.snippets", {}).get("base_path", ["."])
    bases = [root / b for b in ([bases] if isinstance(bases, str) else bases)]
    found = [base / m["path"] for m in INCLUDE.finditer(source) for base in bases]
    if "mkdocstrings" in config.plugins:
        python = config.plugins["mkdocstrings"].config.handlers.get("python", {})
        for m in AUTODOC.finditer(source):
            module = Path(*m["module"].split("."))
            for path in python.get("paths", ["."]):
                found += [root / path / f"{module}.py", root / path / module / "__init__.py"]
    if "```mermaid" in source:
        # A drawing is named after its diagram's source, so a new drawing is a new file: the
        # folder's own time changes.
        found.append(Path(config.docs_dir) / "assets" / "diagrams")
    if "<!-- bench:" in source or "{{ bench." in source:
        # The benchmark's tables and numbers, made from them (scripts/bench_tables.py): its
        # results.json, and those of other builds in folders beside it.
        found += sorted((Path(config.docs_dir) / "assets" / "bench").glob("**/results.json"))
    return found


# After mkdocs-static-i18n's on_files (-100): the files of this language's build.
@event_priority(-150)
def on_files(files, config):
    if not _preview():
        return files
    shared = _shared_dependencies(config)
    for file in files.documentation_pages():
        built = _mtime(Path(file.abs_dest_path))
        if not built:
            continue  # not built yet: MkDocs builds it anyway
        newest = shared
        if newest <= built:
            source = Path(file.abs_src_path).read_text(encoding="utf-8")
            newest = max(map(_mtime, _page_dependencies(source, config)), default=0.0)
        if newest > built:
            # MkDocs' dirty build rebuilds a page whose output is older than its source.
            os.utime(file.abs_dest_path, (0, 0))
    return files


def on_env(env, config, files):
    if _preview():
        for file in files.documentation_pages():
            page = file.page
            if page is None:
                continue
            if page.markdown is None:  # not read in this build
                if file.src_uri in _titles:
                    page.title = _titles[file.src_uri]
            else:
                _titles[file.src_uri] = page.title
    return env


def on_page_context(context, page, config, nav):
    if _preview():
        _rebuilt.add(page.url)
    return context


# After mkdocs-static-i18n (-100), which writes the index of every language's rebuilt pages,
# and before search_per_language.py (-200), which splits it by language.
@event_priority(-150)
def on_post_build(config):
    if not _preview() or config.plugins["i18n"].building:
        return
    path = Path(config.site_dir) / "search" / "search_index.json"
    if not path.exists():
        return
    index = json.loads(path.read_text(encoding="utf-8"))
    fresh: dict[str, list[dict]] = {}
    for doc in index["docs"]:
        fresh.setdefault(doc["location"].split("#")[0], []).append(doc)
    for url in _rebuilt:
        _search_docs[url] = fresh.get(url, [])
    _rebuilt.clear()
    index["docs"] = [doc for docs in _search_docs.values() for doc in docs]
    path.write_text(json.dumps(index, separators=(",", ":"), default=str), encoding="utf-8")
