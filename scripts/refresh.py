"""Rewrite the output shown on the pages from real runs of their code blocks.

    python scripts/dev.py refresh                          # every page
    python scripts/dev.py refresh docs/processes/fork.md   # one page, both languages
    python scripts/dev.py refresh snippets/processes/fork_basic.py   # the pages that include it
    python scripts/dev.py refresh -k fork                  # pages whose path contains "fork"

Each Python block runs as the tests run it (scripts/check_block.py), twice in
each of the ways a reader runs it (into a pipe; on POSIX also in a terminal):
the two runs must print the same thing, since shown output must not change from
run to run. Then the text inside the block's ```text output fence (after
<!--pytest-codeblocks:expected-output-->) is replaced by what it printed, in
the Chinese and the English page alike. Nothing else in a page changes.

* A block with an <!--expected-output-when: TERMINAL--> output gets the
  terminal's output there and the pipe's in its usual fence. A block without
  one that prints differently into a pipe and in a terminal is reported.

* A block that prints something but shows no output gets an output block
  (the marker and a ```text title="输出" / title="Output" fence) right after it.
* A block that shows output but prints nothing now is reported, not changed:
  delete its output block by hand (or make it print again).
* A run that fails (non-zero exit, timeout, processes left running), or
  that prints differently the second time, is never written; the reason is
  printed and the command exits with status 1.
* Blocks skipped on this platform (a skipif marker) or marked xfail are left alone.
"""

from __future__ import annotations

import difflib
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from cli import Parser, fail

try:
    from blocks import Block, Output, SnippetError, read_blocks
    from check_block import evaluate_mark, run_key, shown_output
    from process_groups import become_subreaper
    from run_block import (
        MODE_NAMES,
        PIPE,
        READER_MODES,
        TIMEOUT_SECONDS,
        Run,
        block_command,
        run_failure,
        run_python,
        start_method,
        use_terminal,
    )
    from site_files import DOCS, ROOT, indent_of, language, pages, rel, twin
except ModuleNotFoundError as e:
    # markdown, mkdocs, pytest-codeblocks: in .venv, not in a bare Python
    fail(f"{e}: run it as `python scripts/dev.py refresh`, which installs them")

OUTPUT_TITLE = {"zh": "输出", "en": "Output"}


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


# ---------------------------------------------------------------- running


@dataclass
class Outcome:
    output: str | None  # what to show; None: leave the block alone
    note: str  # what happened, for the report
    refused: bool = False


def _skip_reason(block: Block) -> str | None:
    for text in block.marks:
        mark = evaluate_mark(text, block.where).mark
        if mark.name == "skip":
            return f"skipped ({mark.kwargs.get('reason') or (mark.args[0] if mark.args else 'pytest.mark.skip')})"
        if mark.name == "skipif":
            conditions = mark.args or (mark.kwargs.get("condition"),)
            # pytest also accepts a condition written as a string; it is evaluated in the same namespace.
            if any(evaluate_mark(c, block.where) if isinstance(c, str) else c for c in conditions):
                return f"skipped on this platform ({mark.kwargs.get('reason', text)})"
        if mark.name == "xfail":
            return "marked xfail (expected to fail): its output is not refreshed"
    return None


def _timeout(block: Block) -> float:
    for text in block.marks:
        mark = evaluate_mark(text, block.where).mark
        if mark.name == "snippet_timeout" and mark.args:
            return float(mark.args[0])
    return TIMEOUT_SECONDS


def run_twice(block: Block, tmp_dir: Path, mode: str = PIPE) -> Outcome:
    """Run a block as the tests do, twice, this way (`mode`); the output to show, or why there is none."""
    if block.problem:
        return Outcome(None, f"refused: {block.problem}", refused=True)
    timeout = _timeout(block)
    args, extra_path, shown_as = block_command(block, tmp_dir)
    head = f"{block.where}: {shown_as}" + ("" if mode == PIPE else f", run {MODE_NAMES[mode]},")
    runs: list[Run] = []
    for _ in range(2):
        run = run_python(args, timeout=timeout, extra_path=extra_path, mode=mode)
        failure = run_failure(head, run, timeout)
        if failure:
            return Outcome(None, f"refused, the page is unchanged: {failure}", refused=True)
        runs.append(run)
    first, second = (r.output for r in runs)
    if first != second:
        diff = "".join(
            difflib.unified_diff(
                first.splitlines(keepends=True),
                second.splitlines(keepends=True),
                "first run",
                "second run",
            )
        )
        return Outcome(
            None,
            f"refused, the page is unchanged: {head} printed something different on a second run. Shown "
            f"output must be the same on every run: do not print pids, timings, addresses or ids, and order "
            f"output with join(), Event, Barrier, Queue or waitpid() rather than sleeping:\n{diff}",
            refused=True,
        )
    if first and not first.endswith("\n"):
        return Outcome(
            None,
            f"refused, the page is unchanged: {head} prints output whose last line does not end with a "
            f"newline, which a ```text fence cannot show exactly; end the last print() with a newline "
            f"(print's default) or flush a final newline",
            refused=True,
        )
    if any(line.lstrip().startswith("```") for line in first.splitlines()):
        return Outcome(
            None,
            f"refused, the page is unchanged: {head} prints a line starting with ```, which would close "
            f"the output fence; do not print fences",
            refused=True,
        )
    return Outcome(first, "ran")


# ---------------------------------------------------------------- rewriting


@dataclass
class Edit:
    start: int  # 0-based index of the first line to replace
    end: int  # 0-based index after the last line to replace
    lines: list[str]  # without line endings
    note: str


def plan_edit(
    block: Block, shown: Output | None, lines: list[str], output: str
) -> Edit | None | str:
    """The change that makes `shown` (the block's output fence, or None: no output shown yet) show
    `output`: an Edit, None (nothing to do), or a note for the report."""
    if shown is None:
        if not output:
            return None
        end = block.end_line
        if end is None:
            return f"{block.where}: cannot find the end of the code block; its output was not added"
        indent = indent_of(lines[block.line - 1])
        title = OUTPUT_TITLE[language(block.page)]
        new = [
            "",
            indent + "<!--pytest-codeblocks:expected-output-->",
            "",
            f'{indent}```text title="{title}"',
        ]
        new += _fence_body(output, indent)
        new.append(indent + "```")
        return Edit(
            end, end, new, f"{block.page}:{end + 2}: output block added (the block printed output)"
        )
    if shown.text == output:
        return None
    if shown.line is None or shown.end is None:
        return f"{block.where}: cannot find the ```text fence that shows its output; fix the page by hand"
    if not output:
        return (
            f"{block.where}: prints nothing now, but the page shows output at {block.page}:{shown.line}. "
            f"Delete that output block (the <!--pytest-codeblocks:expected-output--> marker and the fence) "
            f"by hand, or make the snippet print again"
        )
    indent = indent_of(lines[shown.line - 1])
    old_count = shown.end - shown.line - 1
    new = _fence_body(output, indent)
    return Edit(
        # the line after the opening fence (1-based line == 0-based index of the next)
        shown.line,
        shown.end - 1,
        new,
        f"{block.page}:{shown.line}: output refreshed ({old_count} line(s) before, {len(new)} now)",
    )


def _fence_body(output: str, indent: str) -> list[str]:
    # An indented fence (inside a list item) has every line indented, blank lines too:
    # pytest-codeblocks removes up to that many spaces from each line.
    return [indent + line for line in output.split("\n")[:-1]]


def apply_edits(text: str, edits: list[Edit]) -> str:
    """Replace the lines of each edit, keeping every other byte of the page as it was (line endings too)."""
    lines = text.splitlines(keepends=True)
    newline = "\r\n" if lines and lines[0].endswith("\r\n") else "\n"
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        lines[edit.start : edit.end] = [line + newline for line in edit.lines]
    return "".join(lines)


def split_lines(text: str) -> list[str]:
    """The page's lines as read_blocks numbers them."""
    return [line.rstrip("\r\n") for line in text.splitlines(keepends=True)]


# ---------------------------------------------------------------- the command


def refresh(targets: list[str], keywords: list[str], out=sys.stdout) -> int:
    chosen = select_pages(targets, keywords)
    if not chosen:
        print("No page matches; nothing to refresh.", file=out)
        return 1
    method = start_method()
    use_terminal()  # refresh writes what a reader gets both ways, whatever the tests' default
    become_subreaper()  # as in the tests: orphans of a snippet are reaped here, not left to PID 1
    print(
        f"Refreshing the shown output of {len(chosen)} page(s), each block run twice "
        f"(multiprocessing start method: {method or 'platform default'})...",
        file=out,
    )
    by_page: dict[str, list[Block]] = {}
    refused = []
    for page in chosen:
        try:
            by_page[page] = read_blocks(ROOT / page)
        except SnippetError as e:
            refused.append(f"refused, the page is unchanged: {e}")
    # One run per distinct code (a page and its translation show the same code), in parallel.
    todo: dict[str, Block] = {}
    skipped: dict[str, str] = {}
    for blocks in by_page.values():
        for block in blocks:
            try:
                reason = _skip_reason(block)
            except SnippetError as e:
                refused.append(f"refused: {e}")
                skipped[block.id] = "bad marker"
                continue
            if reason:
                skipped[block.id] = reason
            else:
                for mode in READER_MODES:
                    todo.setdefault((run_key(block), mode), block)
    with (
        tempfile.TemporaryDirectory(prefix="refresh-") as tmp,
        ThreadPoolExecutor(max_workers=2) as pool,
    ):
        outcomes = dict(zip(todo, pool.map(lambda k: run_twice(todo[k], Path(tmp), k[1]), todo)))

    changed, notes = [], []
    for page, blocks in by_page.items():
        path = ROOT / page
        text = path.read_bytes().decode("utf-8")
        lines = split_lines(text)
        edits = []
        for block in blocks:
            if block.id in skipped:
                if skipped[block.id] != "bad marker":
                    notes.append(f"{block.where}: {skipped[block.id]}; left as it is")
                continue
            # Each way of running the block refreshes the output shown for it: the usual fence, or
            # the one whose <!--expected-output-when: ...--> condition holds here for that way.
            shown: dict[int | None, tuple[Output | None, str, str]] = {}
            for mode in READER_MODES:
                outcome = outcomes[(run_key(block), mode)]
                if outcome.output is None:
                    if outcome.refused and outcome.note not in refused:
                        refused.append(outcome.note)
                    break
                try:
                    target = shown_output(block, mode)
                except SnippetError as e:
                    refused.append(f"refused: {e}")
                    break
                line = target.line if target else None
                earlier = shown.get(line)
                if earlier and earlier[1] != outcome.output:
                    refused.append(
                        f"refused, the page is unchanged: {block.where} prints one output {MODE_NAMES[earlier[2]]} "
                        f"and another {MODE_NAMES[mode]}. Most often a print was never flushed (see "
                        f"docs/processes/fork.md, #stdio-buffers): fix the snippet; where a reader really sees two "
                        f"outputs, show the terminal's after <!--expected-output-when: TERMINAL--> and run again"
                    )
                    break
                shown[line] = (target, outcome.output, mode)
            else:
                for target, output, _ in shown.values():
                    planned = plan_edit(block, target, lines, output)
                    if isinstance(planned, Edit):
                        edits.append(planned)
                        notes.append(planned.note)
                    elif isinstance(planned, str):
                        refused.append(planned)
        if edits:
            path.write_bytes(apply_edits(text, edits).encode("utf-8"))
            changed.append(page)

    for note in notes:
        print(note, file=out)
    for problem in refused:
        print(f"\n{problem}", file=out)
    if changed:
        print(f"\nChanged {len(changed)} file(s): {', '.join(changed)}", file=out)
        print(f"Review the changes before you commit: git diff -- {' '.join(changed)}", file=out)
    else:
        print(
            "\nNo page changed: every shown output already matches what its code prints.", file=out
        )
    if refused:
        print(f"{len(refused)} block(s) could not be refreshed (see above).", file=out)
        return 1
    return 0


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
    args = parser.parse_args(argv)
    try:
        return refresh(args.targets, args.keywords)
    except SnippetError as e:
        fail(str(e))


if __name__ == "__main__":
    sys.exit(main())
