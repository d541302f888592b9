"""Two gaps between pytest 9 and pytest-xdist 3.8, filled until xdist fills them.

Delete this plugin (and its line in tests/conftest.py) when, with the pinned
versions in uv.lock, both of these hold without it:

* `python scripts/dev.py test tests/no_such_file.py` says "file or directory
  not found", not "no tests ran" (status 5);
* `python scripts/dev.py test -v` runs a page's Chinese and English blocks on
  the same worker (gw0 or gw1 beside both ids of a pair), and test_links.py's
  tests on one worker.
"""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    if not hasattr(config, "workerinput"):  # the main pytest process
        _check_paths(config)


def _check_paths(config: pytest.Config) -> None:
    # Under xdist only the workers collect, and a path that does not exist is lost on the way
    # back: pytest would say "no tests ran" (status 5) instead of naming the mistake.
    if config.option.pyargs:
        return
    for arg in config.args:
        path = arg.split("::", 1)[0]
        if not (config.invocation_params.dir / path).exists():
            raise pytest.UsageError(f"file or directory not found: {arg}")


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Make `--dist loadgroup` honour xdist_group marks again (twins on one worker, one site build).

    pytest-xdist 3.8 groups tests by a "@group" suffix it writes to `item._nodeid`,
    but pytest 9 keeps the node id in `item._id`, so the suffix is lost and every
    group is spread over all workers. This writes it where pytest 9 reads it.
    """
    if not hasattr(config, "workerinput") or not config.getvalue("loadgroup"):
        return
    try:
        from _pytest.nodeid import coerce_node_id
    except ImportError:  # pytest < 9: xdist's own suffix works
        return
    for item in items:
        names = {
            str(m.args[0] if m.args else m.kwargs.get("name", "default"))
            for m in item.iter_markers("xdist_group")
        }
        if names and "@" not in item.nodeid.rsplit("]", 1)[-1] and hasattr(item, "_id"):
            item._id = coerce_node_id(f"{item.nodeid}@{'_'.join(sorted(names))}")
