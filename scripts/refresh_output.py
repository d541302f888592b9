"""Rewrite the output shown on the pages from real runs: what ``pytest --refresh-output`` does.

``python scripts/dev.py refresh`` (scripts/refresh.py) runs tests/test_pages.py
with --refresh-output. Then each block's test, instead of comparing, runs the
block as the tests run it (scripts/check_block.py), twice in each of the ways
a reader runs it (into a pipe; on POSIX also in a terminal): the two runs must
print the same thing, since shown output must not change from run to run. The
test plans the edit of its page (refresh_block) that puts what it printed
inside the block's ```text output fence (after
<!--pytest-codeblocks:expected-output-->); the Chinese and English twins share
the runs, so both pages get the same output. At the end of the session the
main pytest process applies every page's edits and reports (RefreshSession).
Nothing else in a page changes.

* A block with an <!--expected-output-when: TERMINAL--> output gets the
  terminal's output there and the pipe's in its usual fence. A block without
  one that prints differently into a pipe and in a terminal is reported.
* A block that prints something but shows no output gets an output block
  (the marker and a ```text title="输出" / title="Output" fence) right after it.
* A block that shows output but prints nothing now is reported, not changed:
  delete its output block by hand (or make it print again).
* A run that fails (non-zero exit, timeout, processes left running), or
  that prints differently the second time, is never written; the reason is
  printed and the session exits with status 1.
* Blocks pytest skips here (a skipif marker) or that are marked xfail are left alone.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path

import pytest

from blocks import Block, Output, SnippetError
from check_block import reader_runs, run_head, shown_output
from run_block import MODE_NAMES, READER_MODES, TIMEOUT_SECONDS, Run, block_command, run_failure
from site_files import ROOT, indent_of, language

OUTPUT_TITLE = {"zh": "输出", "en": "Output"}
# Why an xfail-marked block's test is reported xfailed under --refresh-output.
NOT_REFRESHED = "marked xfail (expected to fail): its output is not refreshed"
# The names of the user properties that carry a block's test's results to the main pytest process
# (xdist sends them with each report): its page and line, its planned edits, why it was refused.
BLOCK, PLANNED, REFUSED = "refresh-block", "refresh-edits", "refresh-refused"


def refresh_block(block: Block, tmp_dir: Path, timeout: float = TIMEOUT_SECONDS) -> list[dict]:
    """Run a block twice in each of READER_MODES; the edits of its page that make it show what it
    printed (as dicts, which xdist can send), or SnippetError saying why there are none."""
    if block.problem:
        raise SnippetError(f"refused: {block.problem}")
    args, extra_path, shown_as = block_command(block, tmp_dir)
    runs = reader_runs(block, args, extra_path, timeout, times=2)
    # Each way of running the block refreshes the output shown for it: the usual fence, or
    # the one whose <!--expected-output-when: ...--> condition holds here for that way.
    shown: dict[int | None, tuple[Output | None, str, str]] = {}
    for mode in READER_MODES:
        output = _repeated_output(run_head(block, shown_as, mode), runs[mode], timeout)
        try:
            target = shown_output(block, mode)
        except SnippetError as e:
            raise SnippetError(f"refused: {e}") from None
        line = target.line if target else None
        earlier = shown.get(line)
        if earlier and earlier[1] != output:
            raise SnippetError(
                f"refused, the page is unchanged: {block.where} prints one output {MODE_NAMES[earlier[2]]} "
                f"and another {MODE_NAMES[mode]}. Most often a print was never flushed (see "
                f"docs/processes/fork.md, #stdio-buffers): fix the snippet; where a reader really sees two "
                f"outputs, show the terminal's after <!--expected-output-when: TERMINAL--> and run again"
            )
        shown[line] = (target, output, mode)
    lines = split_lines((ROOT / block.page).read_bytes().decode("utf-8"))
    edits = []
    for target, output, _ in shown.values():
        planned = plan_edit(block, target, lines, output)
        if isinstance(planned, str):
            raise SnippetError(planned)
        if planned:
            edits.append(asdict(planned))
    return edits


def _repeated_output(head: str, runs: list[Run], timeout: float) -> str:
    """What both runs printed, or SnippetError: a run failed, or they differ, or a fence cannot show it."""
    for run in runs:
        failure = run_failure(head, run, timeout)
        if failure:
            raise SnippetError(f"refused, the page is unchanged: {failure}")
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
        raise SnippetError(
            f"refused, the page is unchanged: {head} printed something different on a second run. Shown "
            f"output must be the same on every run: do not print pids, timings, addresses or ids, and order "
            f"output with join(), Event, Barrier, Queue or waitpid() rather than sleeping:\n{diff}"
        )
    if first and not first.endswith("\n"):
        raise SnippetError(
            f"refused, the page is unchanged: {head} prints output whose last line does not end with a "
            f"newline, which a ```text fence cannot show exactly; end the last print() with a newline "
            f"(print's default) or flush a final newline"
        )
    if any(line.lstrip().startswith("```") for line in first.splitlines()):
        raise SnippetError(
            f"refused, the page is unchanged: {head} prints a line starting with ```, which would close "
            f"the output fence; do not print fences"
        )
    return first


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


# ---------------------------------------------------------------- the session


class RefreshSession:
    """The pytest plugin of --refresh-output: in each process that collects, it keeps the blocks of
    --refresh-pages only; in the main process it gathers every block's result, then rewrites the
    pages and reports."""

    def __init__(self, config: pytest.Config) -> None:
        pages = config.getoption("refresh_pages")
        self.pages = set(pages.split(",")) if pages else None
        self.main = not hasattr(config, "workerinput")
        # Each by (page, line), so that the report reads in page order whichever worker ran what.
        self.edits: dict[str, list[Edit]] = defaultdict(list)
        self.notes: list[tuple[tuple[str, int], str]] = []
        self.refused: list[tuple[tuple[str, int], str]] = []
        self.changed: list[str] | None = None  # None: the session stopped before the end

    def pytest_collection_modifyitems(
        self, config: pytest.Config, items: list[pytest.Item]
    ) -> None:
        keep, drop = [], []
        for item in items:
            block = getattr(item, "callspec", None) and item.callspec.params.get("block")
            if block is None:
                keep.append(item)
                continue
            # tests/test_pages.py's ids start with the page: a block's, or the error reading it.
            page = item.callspec.id.split("::", 1)[0]
            if self.pages is not None and page not in self.pages:
                drop.append(item)
                continue
            # On the item, not the test: a block skipped before its test runs is reported too.
            item.user_properties.append((BLOCK, (page, getattr(block, "line", 0))))
            keep.append(item)
        if drop:
            config.hook.pytest_deselected(items=drop)
            items[:] = keep

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if not self.main:
            return
        found = dict(report.user_properties)
        where = tuple(found.get(BLOCK, ("", 0)))
        if report.failed:
            self._refuse(where, found.get(REFUSED) or report.longreprtext)
        elif hasattr(report, "wasxfail"):
            self.notes.append((where, f"{_at(where)}: {report.wasxfail}; left as it is"))
        elif report.skipped:
            # (path, line, "Skipped: reason") for a skip, as pytest's own summary reads it.
            longrepr = report.longrepr
            reason = longrepr[2] if isinstance(longrepr, (tuple, list)) else str(longrepr)
            reason = reason.removeprefix("Skipped: ")
            self.notes.append(
                (
                    where,
                    f"{_at(where)}: skipped ({reason}); left as it is: refresh it where it runs "
                    "(on another Python found here: refresh --python X.Y)",
                )
            )
        elif report.when == "call":
            for edit in [Edit(**fields) for fields in found.get(PLANNED, [])]:
                self.edits[where[0]].append(edit)
                self.notes.append((where, edit.note))

    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        if self.main and report.failed:
            self._refuse(("", 0), report.longreprtext)

    def _refuse(self, where: tuple[str, int], problem: str) -> None:
        # A collection error comes from every worker; one twin's run serves both twins.
        if problem not in [known for _, known in self.refused]:
            self.refused.append((where, problem))

    def pytest_sessionfinish(self, session: pytest.Session, exitstatus: int) -> None:
        if not self.main:
            return
        # An interrupted session may not have run every block: it changes no page.
        if exitstatus not in (
            pytest.ExitCode.OK,
            pytest.ExitCode.TESTS_FAILED,
            pytest.ExitCode.NO_TESTS_COLLECTED,
        ):
            return
        self.changed = []
        for page in sorted(self.edits):
            path = ROOT / page
            text = path.read_bytes().decode("utf-8")
            path.write_bytes(apply_edits(text, self.edits[page]).encode("utf-8"))
            self.changed.append(page)
        if exitstatus == pytest.ExitCode.NO_TESTS_COLLECTED:
            # Pages without Python blocks: nothing to change, not a mistake.
            session.exitstatus = pytest.ExitCode.OK

    def pytest_terminal_summary(self, terminalreporter) -> None:
        if not self.main:
            return
        write = terminalreporter.write_line
        for _, note in sorted(self.notes, key=lambda n: n[0]):
            write(note)
        for _, problem in sorted(self.refused, key=lambda r: r[0]):
            write(f"\n{problem}")
        if self.changed:
            write(f"\nChanged {len(self.changed)} file(s): {', '.join(self.changed)}")
            write(f"Review the changes before you commit: git diff -- {' '.join(self.changed)}")
        elif self.changed is not None:
            write("\nNo page changed: every shown output already matches what its code prints.")
        else:
            write("\nNo page changed: the session stopped before every block had run.")
        if self.refused:
            write(f"{len(self.refused)} block(s) could not be refreshed (see above).")


def _at(where: tuple[str, int]) -> str:
    return f"{where[0]}:{where[1]}"
