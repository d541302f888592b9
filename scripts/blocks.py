"""Find the Python blocks of the site's pages, as a reader sees them.

The pages are parsed with pytest-codeblocks (its markers: ``expected-output``,
``cont``, ``pytest.mark.*``). ``--8<--`` lines are expanded by pymdownx.snippets
with the configuration read from ``mkdocs.yml``, so a block's code is exactly
the code on the page. scripts/run_block.py runs a block; scripts/check_block.py
compares what it printed with the output the page shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import markdown
from mkdocs.utils.yaml import yaml_load
from pytest_codeblocks.main import extract_from_buffer

from site_files import ROOT, SnippetError, fence_at, next_fence, pages, rel

# `--8<-- "snippets/x.py"`, `--8<-- "snippets/x.py:3:9"` or `--8<-- "snippets/x.py:name"`
INCLUDE = re.compile(r"""^\s*-{1,}8<-{1,}\s+(["'])(?P<spec>[^"']+)\1\s*$""")
EXPECTED_OUTPUT_MARKER = re.compile(r"<!--[-\s]*pytest-codeblocks:expected-output[-\s]*-->")
# <!--expected-output-when: sys.version_info < (3, 13)--> above a ```text fence: what the block above
# prints instead of its <!--pytest-codeblocks:expected-output--> output where the condition holds.
OUTPUT_WHEN_MARKER = re.compile(r"^\s*<!--\s*expected-output-when:\s*(?P<condition>.+?)\s*-->\s*$")
# Output that changes from run to run, on purpose (a lesson in nondeterminism):
# <!--output-property: EXPRESSION--> above the Python block (above its pytest.mark markers) says
# what every run prints, as a Python expression over `lines` (check_block.evaluate_property), and
# <!--output-sample--> above a ```text fence marks one real run shown on the page; a page shows two.
OUTPUT_PROPERTY_MARKER = re.compile(r"^\s*<!--\s*output-property:\s*(?P<expression>.+?)\s*-->\s*$")
OUTPUT_SAMPLE_MARKER = re.compile(r"^\s*<!--\s*output-sample\s*-->\s*$")


@dataclass
class Include:
    spec: str  # as written after --8<--
    path: str  # the snippet file, relative to the repository root

    @property
    def whole_file(self) -> bool:
        return self.spec == self.path


@dataclass
class Output:
    """Output a page shows for a block: its text and the ```text fence that holds it."""

    text: str
    line: int | None  # the opening fence
    end: int | None  # the closing fence
    # None: the usual output. A Python expression (see check_block.evaluate_condition): the output
    # the block prints instead where it holds, from <!--expected-output-when: ...-->.
    condition: str | None = None


@dataclass
class Block:
    page: str  # "docs/processes/fork.md"
    line: int  # line of the opening fence
    code: str  # what the reader sees: includes expanded
    includes: list[Include]
    end_line: int | None = None  # line of the fence that closes the code block
    marks: list[str] = field(default_factory=list)
    # Every output the page shows for it: the usual one first, then those for some conditions only.
    outputs: list[Output] = field(default_factory=list)
    # The snippet file, when the block is exactly one whole-file include: the test runs it by name.
    whole_file: str | None = None
    problem: str | None = None  # a mistake found while reading the page
    # What every run prints, when that changes from run to run (<!--output-property: ...-->), and
    # the real runs the page shows (<!--output-sample-->).
    output_property: str | None = None
    samples: list[Output] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"{self.page}::line {self.line}"

    @property
    def where(self) -> str:
        """`page:line`, the form editors and terminals turn into links."""
        return f"{self.page}:{self.line}"

    @property
    def output(self) -> Output | None:
        """The usual output the page shows, if it shows one."""
        usual = [o for o in self.outputs if o.condition is None]
        return usual[0] if usual else None

    @property
    def variants(self) -> list[Output]:
        return [o for o in self.outputs if o.condition is not None]


@cache
def all_blocks() -> dict[str, list[Block] | SnippetError]:
    """Each page's blocks, or the error that stopped reading it."""
    found: dict[str, list[Block] | SnippetError] = {}
    for page in pages():
        try:
            found[rel(page)] = read_blocks(page)
        except SnippetError as e:
            found[rel(page)] = e
    return found


@cache
def _snippets_config() -> dict:
    """The pymdownx.snippets options exactly as mkdocs.yml sets them."""
    with open(ROOT / "mkdocs.yml", encoding="utf-8") as f:
        config = yaml_load(f)
    for entry in config.get("markdown_extensions", []):
        if isinstance(entry, dict) and "pymdownx.snippets" in entry:
            options = dict(entry["pymdownx.snippets"] or {})
            break
        if entry == "pymdownx.snippets":
            options = {}
            break
    else:
        raise SnippetError("mkdocs.yml: markdown_extensions does not enable pymdownx.snippets")
    base = options.get("base_path", ["."])
    base = [base] if isinstance(base, str) else base
    # mkdocs runs from the repository root; the tests may not.
    options["base_path"] = [str(ROOT / b) for b in base]
    return options


@cache
def _snippet_preprocessor():
    # One for every page: its run() starts afresh each time.
    md = markdown.Markdown(
        extensions=["pymdownx.snippets"],
        extension_configs={"pymdownx.snippets": _snippets_config()},
    )
    return md.preprocessors["snippet"]


def _expand(lines: list[str]) -> list[str]:
    return _snippet_preprocessor().run(lines)


def read_blocks(page: Path) -> list[Block]:
    """Every fenced Python block of a page, includes expanded."""
    page_name = rel(page)
    lines = page.read_text(encoding="utf-8").splitlines()
    with open(page, encoding="utf-8") as f:
        try:
            parsed = extract_from_buffer(f)
        except RuntimeError as e:
            raise SnippetError(f"{page_name}: {e}") from e
    blocks = []
    for found in parsed:
        language = (found.syntax or "").split(" ", 1)[0].strip("{.")
        if language != "python":
            continue
        where = f"{page_name}:{found.lineno}"
        includes = []
        for n, code_line in enumerate(found.code.splitlines()):
            m = INCLUDE.match(code_line)
            if m:
                spec = m["spec"]
                path = _spec_path(spec)
                if not (ROOT / path).is_file():
                    raise SnippetError(
                        f"{page_name}:{found.lineno + 1 + n}: --8<-- includes {spec!r}, but {path} does not exist "
                        f"(paths are relative to the repository root, like snippets/processes/fork_basic.py)"
                    )
                includes.append(Include(spec, path))
        try:
            code = "\n".join(_expand(found.code.splitlines())) + "\n"
        except Exception as e:  # pymdownx raises its own SnippetMissingError, among others
            raise SnippetError(f"{where}: cannot expand the --8<-- include: {e}") from e
        block = Block(page_name, found.lineno, code, includes, marks=list(found.marks))
        inline = [s for s in found.code.splitlines() if s.strip() and not INCLUDE.match(s)]
        if inline:
            block.problem = (
                f"{where}: the block has Python written in the page ({inline[0].strip()!r}). Put the code in a file "
                f'under snippets/ and include it with --8<-- "snippets/...", so that it runs standalone and in the tests'
            )
        if (
            len(found.code.strip().splitlines()) == 1
            and len(includes) == 1
            and includes[0].whole_file
        ):
            block.whole_file = includes[0].path
        fence = fence_at(lines, found.lineno)
        block.end_line = fence.end if fence else None
        if found.expected_output is not None:
            shown = _output_fence_after(lines, found.lineno)
            block.outputs.append(
                Output(
                    found.expected_output, *((shown.start, shown.end) if shown else (None, None))
                )
            )
        block.output_property = _property_above(lines, found.lineno)
        blocks.append(block)
    _attach_variants(page_name, lines, blocks)
    _attach_samples(page_name, lines, blocks)
    return blocks


def _property_above(lines: list[str], start: int) -> str | None:
    """The <!--output-property: ...--> among the comment lines right above line `start`."""
    for line in reversed(lines[: start - 1]):
        m = OUTPUT_PROPERTY_MARKER.match(line)
        if m:
            return m["expression"]
        if line.strip() and not line.strip().startswith("<!--"):
            return None
    return None


def _attach_variants(page_name: str, lines: list[str], blocks: list[Block]) -> None:
    """Give each <!--expected-output-when: ...--> output to the Python block above it."""
    for n, m, owner, shown in _marked_outputs(lines, blocks, OUTPUT_WHEN_MARKER):
        if owner is None or shown is None or owner.output is None:
            raise SnippetError(
                f"{page_name}:{n}: <!--expected-output-when: ...--> must follow a Python block that shows its "
                f"usual output (<!--pytest-codeblocks:expected-output-->), and be followed by a ```text fence"
            )
        owner.outputs.append(Output(_text(lines, shown), shown.start, shown.end, m["condition"]))


def _attach_samples(page_name: str, lines: list[str], blocks: list[Block]) -> None:
    """Give each <!--output-sample--> run to the Python block above it."""
    for n, _, owner, shown in _marked_outputs(lines, blocks, OUTPUT_SAMPLE_MARKER):
        if owner is None or shown is None or owner.output_property is None:
            raise SnippetError(
                f"{page_name}:{n}: <!--output-sample--> must follow a Python block with an "
                f"<!--output-property: ...--> marker, and be followed by a ```text fence"
            )
        owner.samples.append(Output(_text(lines, shown), shown.start, shown.end))


def _marked_outputs(lines: list[str], blocks: list[Block], marker: re.Pattern):
    """(line, match, the Python block above, the fence below) for each line `marker` matches."""
    for n, text in enumerate(lines, start=1):
        m = marker.match(text)
        if m:
            above = [b for b in blocks if b.line < n]
            yield n, m, above[-1] if above else None, next_fence(lines, n)


def _text(lines: list[str], fence) -> str:
    return "".join(line + "\n" for line in fence.body(lines))


def _spec_path(spec: str) -> str:
    # "path:3:9" and "path:section" select part of a file; a bare path is the whole file.
    path = spec
    while ":" in path and not (ROOT / path).is_file():
        path = path.rsplit(":", 1)[0]
    return path


def _output_fence_after(lines: list[str], after: int):
    """The fence that follows the first <!--pytest-codeblocks:expected-output--> after line `after`."""
    for n, line in enumerate(lines[after:], start=after + 1):
        if EXPECTED_OUTPUT_MARKER.search(line):
            return next_fence(lines, n)
    return None
