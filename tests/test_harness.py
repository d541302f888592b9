"""The harness fails loudly and precisely: each contributor mistake, made on purpose in a throwaway copy of the project."""

from __future__ import annotations

import os
import re
import textwrap
from pathlib import Path
from types import SimpleNamespace

import pytest

import blocks
import check_block
import conftest
import verified_on
from throwaway import make_project, run_pytest_in

# One xdist worker for the whole module, so that the throwaway project is made and tested once.
pytestmark = pytest.mark.xdist_group("harness")

HARNESS_FILES = [
    "conftest.py",
    "xdist_workarounds.py",
    "changed_only.py",
    "test_pages.py",
    "test_snippet_files.py",
    "test_translations.py",
]


def _fenced(snippet: str, output: str | None, when: tuple[str, str] | None = None) -> str:
    block = f'```python\n--8<-- "{snippet}"\n```\n'
    if output is not None:
        block += f"\n<!--pytest-codeblocks:expected-output-->\n\n```text\n{output}```\n"
    if when is not None:
        condition, variant = when
        block += f"\n<!--expected-output-when: {condition}-->\n\n```text\n{variant}```\n"
    return block


TERMINAL_OR_PIPE = "import sys\nprint('a terminal' if sys.stdout.isatty() else 'a pipe')\n"

# An output for some Pythons only: where its condition holds, it replaces the usual one.
VARIANT_CASES = {
    # Passes: the variant applies here, and the snippet prints it.
    "variant_used": (
        "print('on this Python')\n",
        "elsewhere\n",
        ("sys.version_info >= (3,)", "on this Python\n"),
    ),
    # Fails, although the usual output matches: here the variant is what must be printed.
    "variant_wrong": ("print('printed')\n", "printed\n", ("True", "the variant\n")),
    # Passes: the condition does not hold, so the usual output is checked.
    "variant_unused": ("print('printed')\n", "printed\n", ("False", "never checked\n")),
    # Passes: run in a terminal it prints the TERMINAL output, into a pipe the usual one.
    "terminal_shown": (TERMINAL_OR_PIPE, "a pipe\n", ("TERMINAL", "a terminal\n")),
}
# A skipif whose condition, word for word, heads an output: where it holds, the block runs and
# must print that output (a notice such as "needs Python 3.14"). Any other condition still skips.
SKIP_MARK = '<!--pytest.mark.skipif(True, reason="not here")-->\n\n'
SHOWN_INSTEAD_CASES = {
    "skip_shown_instead": ("print('a notice')\n", "the lesson\n", ("True", "a notice\n")),
    # Fails: run, it prints something other than the output shown for this condition.
    "skip_shown_wrong": ("print('a notice')\n", "the lesson\n", ("True", "another notice\n")),
    # Skipped: the output's condition holds here too, but it is not the skip's condition.
    "skip_other_condition": ("print('a notice')\n", "the lesson\n", ("1 == 1", "a notice\n")),
}
# Fails on POSIX, where every block also runs in a terminal: the page shows only what a pipe gets.
TERMINAL_CASES = {"terminal_differs": (TERMINAL_OR_PIPE, "a pipe\n", None)}
POSIX_ONLY = pytest.mark.skipif(os.name != "posix", reason="a terminal (pty) needs POSIX")


# Each case: a page in both languages that shows a snippet: the snippet, and its output on the page (None: none).
CASES = {
    "raises": ("raise ValueError('boom')\n", None),
    "wrong_output": ("print('actually printed')\n", "shown on the page\n"),
    "child_fails": (
        textwrap.dedent(
            """
            import multiprocessing

            def work():
                raise RuntimeError("child broke")

            if __name__ == "__main__":
                p = multiprocessing.Process(target=work)
                p.start()
                p.join()
                print("parent done")
            """
        ),
        "parent done\n",
    ),
    "hangs": (
        textwrap.dedent(
            """
            import multiprocessing, pathlib, time

            def forever():
                time.sleep(3600)

            if __name__ == "__main__":
                p = multiprocessing.Process(target=forever)
                p.start()
                pathlib.Path("hang-child.pid").write_text(str(p.pid))
                print("started a child that never ends", flush=True)
                p.join()
            """
        ),
        "started a child that never ends\n",
    ),
}


# A broken example, as the errata pages show one: it must fail the way its marker's raises= says.
XFAIL_MARK = (
    '<!--pytest.mark.xfail(strict=True, raises=AssertionFailed, reason="shown broken")-->\n\n'
)
XFAIL_CASES = {
    # Xfailed: its own assert fails, as marked.
    "xfail_as_marked": "assert 1 + 1 == 3, 'the mistake shown'\n",
    # Fails: a typo is not the mistake the page shows.
    "xfail_other_way": "undefined_name\n",
}


# Output that changes from run to run: (code, <!--output-property: ...-->, the two sample runs shown).
VARYING_CASES = {
    "samples_same": ("print(1)\n", "lines in (['1'], ['2'])", "1\n", "1\n"),
    "sample_wrong": ("print(1)\n", "lines in (['1'], ['2'])", "1\n", "3\n"),
    "property_fails": ("print(5)\n", "lines in (['1'], ['2'])", "1\n", "2\n"),
}


def _varying(snippet: str, expression: str, *samples: str) -> str:
    text = f'<!--output-property: {expression}-->\n\n```python title="{snippet}"\n--8<-- "{snippet}"\n```\n'
    for sample in samples:
        text += f"\n<!--output-sample-->\n\n```text\n{sample}```\n"
    return text


def _twins(name: str, text: str) -> dict[str, str]:
    return {f"docs/{name}{suffix}": text for suffix in (".md", ".en.md")}


@pytest.fixture(scope="module")
def broken_project(tmp_path_factory) -> tuple[Path, str]:
    """A copy of the harness with one mistake per page; returns the folder and pytest's report."""
    files = {
        "docs/lonely.md": "# 只有中文\n",
        "snippets/orphan.py": "print('nobody includes me')\n",
    }
    for name, (code, *shown) in (CASES | VARIANT_CASES | TERMINAL_CASES).items():
        files[f"snippets/{name}.py"] = code
        files |= _twins(name, f"# {name}\n\n" + _fenced(f"snippets/{name}.py", *shown))
    for name, (code, expression, *samples) in VARYING_CASES.items():
        files[f"snippets/{name}.py"] = code
        files |= _twins(
            name, f"# {name}\n\n" + _varying(f"snippets/{name}.py", expression, *samples)
        )
    for name, (code, *shown) in SHOWN_INSTEAD_CASES.items():
        files[f"snippets/{name}.py"] = code
        files |= _twins(name, f"# {name}\n\n{SKIP_MARK}" + _fenced(f"snippets/{name}.py", *shown))
    for name, code in XFAIL_CASES.items():
        files[f"snippets/{name}.py"] = code
        files |= _twins(name, f"# {name}\n\n{XFAIL_MARK}" + _fenced(f"snippets/{name}.py", None))
    files |= _twins("broken_include", "# broken\n\n" + _fenced("snippets/no_such_file.py", None))
    files |= _twins(
        "variant_alone",
        "# alone\n\n<!--expected-output-when: True-->\n\n```text\nno block above\n```\n",
    )
    files |= _twins("inline", "# inline\n\n```python\nprint('written in the page')\n```\n")
    project = make_project(tmp_path_factory.mktemp("project"), files, tests=HARNESS_FILES)
    # -v: a line per test, PASSED or FAILED
    return project, run_pytest_in(
        project,
        "-v",
        "--tb=short",
        "-rf",
        "--terminal",
        "--junitxml=results.xml",
        snippet_timeout=2,
        timeout=120,
    )


def failure_of(report: str, test: str) -> str:
    """What the report says under the heading of one failed test (pytest's `___ test ___` line), up to the next heading."""
    found = re.search(
        rf"^_+ {re.escape(test)} _+\n(.*?)(?=^_+ .* _+$|^=+ )", report, flags=re.M | re.S
    )
    return found.group(1) if found else ""


# Each mistake and a line its failure must show in the report.
REPORTED = {
    "include of a missing file": (
        "docs/broken_include.md:4: --8<-- includes 'snippets/no_such_file.py', but snippets/no_such_file.py does not exist"
    ),
    "snippet raises: page and line": "docs/raises.md:3: snippets/raises.py exited with status 1",
    "snippet raises: its traceback": "ValueError: boom",
    "snippet raises: the English page too": "docs/raises.en.md:3: snippets/raises.py exited with status 1",
    "wrong output: page, line and shown output": (
        "docs/wrong_output.md:3: snippets/wrong_output.py printed something other than the output shown at docs/wrong_output.md:9"
    ),
    "wrong output: the command that rewrites it": (
        "If the new output is right, run `python scripts/dev.py refresh docs/wrong_output.md` to rewrite the shown output"
    ),
    "wrong output: the line printed": "+actually printed",
    "wrong output: the line shown": "-shown on the page",
    "child process fails: page and line": (
        "docs/child_fails.md:3: snippets/child_fails.py printed something other than the output shown"
    ),
    "child process fails: its traceback": "RuntimeError: child broke",
    "hang: the limit, and the whole group killed": (
        "docs/hangs.md:3: snippets/hangs.py did not finish within 2 s; it was killed with its whole process group"
    ),
    "hang: what it printed before": "| started a child that never ends",
    "page without its English version": (
        "docs/lonely.md:1: this page has no English version. Create docs/lonely.en.md"
    ),
    "snippet no page includes": (
        'snippets/orphan.py: no page includes this file. Show it on a page with --8<-- "snippets/orphan.py"'
    ),
    "Python written in the page": "docs/inline.md:3: the block has Python written in the page",
    "output for this Python not printed: page and line": (
        "docs/variant_wrong.md:3: snippets/variant_wrong.py printed something other than the output shown at "
        "docs/variant_wrong.md:15"
    ),
    "output for this Python not printed: the line shown": "-the variant",
    "output for some Pythons with no block above": (
        "docs/variant_alone.md:3: <!--expected-output-when: ...--> must follow a Python block that shows its "
        "usual output"
    ),
    "terminal output differs: page and line": pytest.param(
        "docs/terminal_differs.md:3: snippets/terminal_differs.py, run in a terminal (as a reader at a "
        "shell prompt sees it), printed something other than the output shown at "
        "docs/terminal_differs.md:9",
        marks=POSIX_ONLY,
    ),
    "output that varies: two sample runs that differ": (
        "docs/samples_same.md:5: its output changes from run to run, so the page shows two real runs that differ"
    ),
    "output that varies: a sample without the property": (
        "docs/sample_wrong.md:17: this sample run does not have the property the page declares"
    ),
    "broken example failing another way than marked": (
        "docs/xfail_other_way.md:5: snippets/xfail_other_way.py exited with status 1"
    ),
    "broken example failing another way: its traceback": "NameError: name 'undefined_name'",
    "output that varies: a run without the property": (
        "docs/property_fails.md:5: snippets/property_fails.py printed output without the property the page declares"
    ),
}


@pytest.mark.parametrize("message", REPORTED.values(), ids=REPORTED.keys())
def test_mistake_is_reported(broken_project, message):
    _, report = broken_project
    assert message in report, f"expected {message!r} in the report:\n{report}"


@POSIX_ONLY
def test_terminal_failure_says_where_to_show_the_terminal_output(broken_project):
    # Every wrong output's message has this advice: it must be in the terminal run's own failure.
    _, report = broken_project
    test = "test_code_block[docs/terminal_differs.md::line 3]"
    advice = "show the terminal's after <!--expected-output-when: TERMINAL-->"
    assert advice in failure_of(report, test), (
        f"expected {advice!r} in the failure of {test}:\n{report}"
    )


@pytest.mark.parametrize("page", ["docs/raises.md", "docs/raises.en.md"])
def test_test_ids_name_page_and_line(broken_project, page):
    _, report = broken_project
    assert f"test_code_block[{page}::line 3]" in report, report


def test_a_block_s_snippets_are_keywords_and_junit_properties():
    # What tests/conftest.py gives a block's test when it is collected: `-k fork_basic` matches an
    # item's extra keywords by substring (pytest's -k), and <properties> carry user_properties.
    include = blocks.Include("snippets/processes/fork_basic.py", "snippets/processes/fork_basic.py")
    block = blocks.Block("docs/processes/fork.md", 15, "print()", [include, include])
    item = SimpleNamespace(
        callspec=SimpleNamespace(params={"block": block}),
        extra_keyword_matches=set(),
        user_properties=[],
    )
    conftest.pytest_itemcollected(item)
    assert item.extra_keyword_matches == {"snippets/processes/fork_basic.py"}
    assert item.user_properties == [("snippets", "snippets/processes/fork_basic.py")]


def test_nothing_is_left_running_after_a_hang(broken_project):
    project, _ = broken_project
    pid = int((project / "hang-child.pid").read_text())
    stat = Path(f"/proc/{pid}/stat")
    if stat.exists():  # Linux: a zombie waiting for init is dead; anything else is not
        assert stat.read_text().rsplit(")", 1)[1].split()[0] == "Z", (
            f"child {pid} of the hung snippet still runs"
        )
    elif os.name == "posix":
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


def test_every_mistake_fails_the_run(broken_project):
    _, report = broken_project
    # 4 cases in 2 languages, 5 more pages in 2 languages (broken include, inline, variant_wrong,
    # variant_alone, xfail_other_way), the lonely page, the orphan snippet, the 3 VARYING_CASES in 2
    # languages; on POSIX, terminal_differs in 2 languages
    failed = 28 + (2 * len(TERMINAL_CASES) if os.name == "posix" else 0)
    assert f"{failed} failed" in report, report


@pytest.mark.parametrize("page", ["variant_used", "variant_unused", "terminal_shown"])
@pytest.mark.parametrize("suffix", [".md", ".en.md"])
def test_the_output_for_this_python_is_checked(broken_project, page, suffix):
    _, report = broken_project
    line = f"test_code_block[docs/{page}{suffix}::line 3] PASSED"
    assert line in report, f"expected {line!r} in the report:\n{report}"


@pytest.mark.parametrize(
    "page, result",
    [
        ("skip_shown_instead", "PASSED"),
        ("skip_shown_wrong", "FAILED"),
        ("skip_other_condition", "SKIPPED"),
    ],
)
@pytest.mark.parametrize("suffix", [".md", ".en.md"])
def test_a_skip_runs_where_the_page_shows_its_output(broken_project, page, result, suffix):
    _, report = broken_project
    line = f"test_code_block[docs/{page}{suffix}::line 5] {result}"
    assert line in report, f"expected {line!r} in the report:\n{report}"


def test_the_junit_xml_names_the_snippets_of_skipped_blocks_too(broken_project):
    # The page "Where each example runs" shows a skipped snippet with its reason, from this file.
    project, report = broken_project
    outcomes, _ = verified_on.read_junit(project / "results.xml")
    skipped = outcomes.get("snippets/skip_other_condition.py")
    assert skipped == verified_on.Outcome("skipped", "not here"), report


@pytest.mark.parametrize("suffix", [".md", ".en.md"])
def test_a_broken_example_failing_as_marked_is_xfailed(broken_project, suffix):
    _, report = broken_project
    line = f"test_code_block[docs/xfail_as_marked{suffix}::line 5] XFAIL"
    assert line in report, f"expected {line!r} in the report:\n{report}"


# Yama's ptrace_scope: (the file's text, None where there is no Yama; effective uid; py-spy blocked?)
PTRACE_SCOPES = [
    (None, 1000, False),
    ("0\n", 1000, False),
    ("1\n", 1000, False),
    ("2\n", 1000, True),
    ("2\n", 0, False),
    ("3\n", 0, True),
]


@pytest.mark.parametrize(("text", "euid", "blocked"), PTRACE_SCOPES)
def test_ptrace_blocked_reads_yama(tmp_path, monkeypatch, text, euid, blocked):
    scope = tmp_path / "ptrace_scope"
    if text is not None:
        scope.write_text(text)
    monkeypatch.setattr(os, "geteuid", lambda: euid, raising=False)
    assert check_block.ptrace_blocked(scope) is blocked
