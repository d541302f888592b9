"""Rewrite the output shown on the pages from real runs of their code blocks.

    python scripts/dev.py refresh                          # every page
    python scripts/dev.py refresh docs/processes/fork.md   # one page, both languages
    python scripts/dev.py refresh snippets/processes/fork_basic.py   # the pages that include it
    python scripts/dev.py refresh -k fork                  # pages whose path contains "fork"
    python scripts/dev.py refresh --python 3.14 docs/beyond/interpreters.md   # on another Python

This command chooses the pages (a page always with its translation) and runs
their blocks' tests, tests/test_pages.py, with pytest's --refresh-output: each
test then runs its block twice each way a reader runs it and the session
rewrites the output the pages show. What is refreshed and what is refused:
scripts/refresh_output.py.

A block that needs a newer Python than .venv's is skipped, and so not
refreshed: --python runs the command on another Python found here, in the
environment `python scripts/dev.py matrix` keeps for it in .cache/matrix/.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from cli import Parser, fail
from run_block import start_method
from site_files import DOCS, ROOT, SnippetError, pages, rel, twin


def harness():
    """pytest and blocks.py, imported only once the arguments have been checked: pytest takes a
    third of a second of CPU to import, which a wrong argument should not wait for."""
    try:
        import pytest

        import blocks
    except ModuleNotFoundError as e:
        # pytest, markdown, mkdocs, pytest-codeblocks: in .venv, not in a bare Python
        fail(f"{e}: run it as `python scripts/dev.py refresh`, which installs them")
    return pytest, blocks


# ---------------------------------------------------------------- choosing pages


def select_pages(targets: list[str], keywords: list[str]) -> list[str]:
    """Pages (both languages) named by paths of pages, folders or snippet files, and/or -k substrings."""
    every = [rel(p) for p in pages()]
    chosen: set[str] = set()
    if not targets:
        chosen.update(every)
    for target in targets:
        path = (Path.cwd() / target).resolve()
        try:
            name = rel(path)
        except ValueError:
            raise SnippetError(
                f"{target}: not inside the repository {ROOT}: give a page, a folder of pages or a "
                f"snippet of it"
            ) from None
        if not path.exists():
            raise SnippetError(
                f"{target}: no such file or folder: give a page (docs/....md), a folder of pages, "
                f"or a snippet (snippets/....py), as a path from {Path.cwd()}"
            )
        if path.is_file() and name.endswith(".md") and name.startswith("docs/"):
            chosen.add(name)
        elif path.is_dir() and (path == DOCS or DOCS in path.parents):
            chosen.update(
                p for p in every if p.startswith(name.rstrip("/") + "/") or name == "docs"
            )
        elif path.suffix == ".py" or path.is_dir():
            # A snippet (or a folder of them): the pages that include it.
            including = []
            read_blocks = harness()[1].read_blocks
            for page in every:
                try:
                    blocks = read_blocks(ROOT / page)
                except SnippetError:
                    continue
                if any(_covers(name, inc.path) for b in blocks for inc in b.includes):
                    including.append(page)
            if not including:
                raise SnippetError(
                    f'{target}: no page includes it (look for --8<-- "{name}" in docs/)'
                )
            chosen.update(including)
        else:
            raise SnippetError(
                f"{target}: not a page (docs/....md), a folder of pages, or a snippet (snippets/....py): "
                f"give one of those"
            )
    if keywords:
        chosen = {p for p in chosen if any(k.lower() in p.lower() for k in keywords)}
        if not chosen:
            raise SnippetError(
                f"no page's path contains {' or '.join(map(repr, keywords))}: -k takes part of a "
                f"page's path, such as -k fork for docs/processes/fork.md"
            )
    # A page and its translation always go together: they show the same output.
    chosen |= {twin(p) for p in chosen if (ROOT / twin(p)).is_file()}
    return sorted(chosen)


def _covers(target: str, snippet: str) -> bool:
    return snippet == target or snippet.startswith(target.rstrip("/") + "/")


# ---------------------------------------------------------------- the command


def refresh(targets: list[str], keywords: list[str]) -> int:
    chosen = select_pages(targets, keywords)
    if not chosen:
        print("No page matches; nothing to refresh.")
        return 1
    pytest = harness()[0]
    method = start_method()
    # flush: pytest's capture of file descriptor 1 starts before its first line.
    print(
        f"Refreshing the shown output of {len(chosen)} page(s), each block run twice "
        f"(multiprocessing start method: {method or 'platform default'})...",
        flush=True,
    )
    # -qq --no-summary: pytest's progress line only; the session's own report lists what it
    # changed and refused (scripts/refresh_output.py), so pytest's failure sections would repeat it.
    args = [str(ROOT / "tests" / "test_pages.py"), "-qq", "--no-summary", "--refresh-output"]
    args.append(f"--refresh-pages={','.join(chosen)}")
    # Starting xdist's workers takes longer than a page's blocks take to run (on two cores: 6 s
    # against 3 s in one process for docs/processes/fork.md and its twin); for every page the two
    # workers of pyproject.toml's -n auto pay off (51 s against 71 s).
    if len(chosen) <= 4:
        args += ["-n", "0"]
    # In this process: it has imported what pytest's conftest imports, which takes a second.
    return int(pytest.main(args))


def main(argv: list[str] | None = None) -> int:
    parser = Parser(
        prog="python scripts/dev.py refresh",
        description="Rewrite the output shown on pages (both languages) from real runs of their code blocks.",
    )
    parser.add_argument(
        "targets",
        nargs="*",
        metavar="PATH",
        help="a page (docs/x.md or docs/x.en.md), a folder under docs/, or a snippet file or folder "
        "(its pages); default: every page",
    )
    parser.add_argument(
        "-k",
        dest="keywords",
        action="append",
        default=[],
        help="only pages whose path contains this text",
    )
    parser.add_argument(
        "--python",
        metavar="VERSION",
        help="run the blocks on another Python found here, such as 3.14 or 3.14t, as `dev.py "
        "matrix` names them: for blocks that need a newer Python than .venv's",
    )
    args = parser.parse_args(argv)
    try:
        if args.python:
            return on_python(args.python, args.targets, args.keywords)
        return refresh(args.targets, args.keywords)
    except SnippetError as e:
        fail(str(e))


def on_python(label: str, targets: list[str], keywords: list[str]) -> int:
    """This command again, on the Python `label`, in the environment dev.py matrix syncs for it."""
    import matrix

    found = matrix.find_pythons()
    if label not in found:
        raise SnippetError(
            f"--python {label}: not found here; choose from "
            f"{', '.join(found) or 'none (install CPython 3.10 or newer)'}"
        )
    if not matrix.UV.exists():
        fail("uv is not installed yet: run this as `python scripts/dev.py refresh`")
    python = matrix.environment(label, found[label], free_threaded=label.endswith("t"))
    again = [str(python), __file__, *targets, *(f"-k={k}" for k in keywords)]
    return subprocess.run(again).returncode


if __name__ == "__main__":
    sys.exit(main())
