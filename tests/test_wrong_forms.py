"""No page, in either language, brings back a wrong form that the errata page corrects.

The table below is small and reviewed: each pattern is an error found in the
original notes (see docs/errata.md), with the reason shown when it matches. A
failure names ``page:line``. Pages that correct the notes must quote them: in
an entry of the errata pages and in a ``!!! warning "勘误"`` (``"Correction"``)
admonition, the quoted words (in quotation marks or inline code) are exempt,
and nothing else is. Fenced blocks (code, program output) are not scanned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from site_files import ROOT, by_folder, outside_fences, pages, rel


@dataclass(frozen=True)
class WrongForm:
    pattern: re.Pattern
    reason: str
    entry: str  # the errata entry that explains it
    examples: tuple[str, ...]  # lines it must catch: what the notes wrote, or close to it


def _form(pattern: str, reason: str, entry: str, *examples: str, flags: int = 0) -> WrongForm:
    return WrongForm(re.compile(pattern, flags), reason, entry, examples)


# A word that places os.walk in a process context (the notes wrote os.walk() for os.fork()).
_PROCESS_WORDS = r"(?:fork|process|Process|进程|子进程|exit|退出)"

WRONG_FORMS = [
    _form(
        r"指导子进程|阻塞[，,]\s*指导",
        "typo: 指导 where 直到 (“until”) is meant",
        "e12",
        "p.join() 回收子进程的资源，阻塞，指导子进程执行完",
    ),
    _form(
        rf"os\.walk\b.{{0,80}}{_PROCESS_WORDS}|{_PROCESS_WORDS}.{{0,80}}os\.walk\b",
        "os.walk() in a process context: the function meant is os.fork()",
        "e35",
        "而底层的 os.walk() 创建的子进程则不会这样",
        "The parent made with os.walk() does not wait for the process",
    ),
    # JPython, Jython's name before 1999, is a correct historical name.
    _form(
        r"\b(?!JPython\b)[jJ][pP][yY][tT][hH][oO][nN]\b",
        "jpython: the interpreter is spelled Jython",
        "e50",
        "别的解释器如 pypy、jpython 没有 GIL",
    ),
    _form(r"线线程", "typo: 线线程 for 线程", "e31", "线线程不能够独立执行"),
    _form(r"\bFALSE\b", "FALSE is not a Python value: write False", "e25", "返回 True 或者 FALSE"),
    _form(
        r"multiprocessing\s*类",
        "multiprocessing is a module, not a class (multiprocessing 模块)",
        "e22",
        "multiprocessing类的Queue类",
    ),
    _form(
        r"\bps\s+-aux\b",
        "ps -aux is not ps aux: use ps aux or ps -ef",
        "e05",
        "用 ps -aux 查看",
    ),
    # Semaphore.acquire() is the exception: its documented default is timeout=None.
    _form(
        r"(?<!Semaphore\.)acquire\([^)]*timeout\s*=\s*None",
        "Lock.acquire() takes timeout=-1 to wait for ever; timeout=None raises TypeError",
        "e37",
        "mutex.acquire(blocking=True, timeout=None)",
    ),
    _form(
        r"都可\s*Process\s*类的一样",
        "garbled: Thread does not have all of Process's methods",
        "e32",
        "Thread 类的方法都可Process类的一样",
    ),
    _form(
        r"多个线程直接不会",
        "typo: 直接 where 之间 is meant",
        "e40",
        "多个线程直接不会互相干扰",
    ),
    _form(
        r"每个进程的时间片相等",
        "processes do not get equal time slices; threads are scheduled",
        "e29",
        "每个进程的时间片相等",
    ),
    _form(
        r"PyPy\s*(?:中|里)?\s*(?:也)?(?:没有|无)\s*GIL|PyPy\W{0,3}(?:has no|does not have|doesn't have) (?:a )?GIL",
        "PyPy has a GIL (see its FAQ)",
        "e49",
        "PyPy has no GIL",
        "PyPy 中没有 GIL",
        flags=re.IGNORECASE,
    ),
]

ERRATA_PAGES = {"docs/errata.md", "docs/errata.en.md"}
ENTRY_HEADING = re.compile(r"^### E\d{2} §\d{2}[：:]")
ANY_HEADING = re.compile(r"^#{1,6} ")
CORRECTION_ADMONITION = re.compile(r'^!!! warning "(?:勘误|Correction)"')
# What counts as quoting the notes: text in quotation marks or in inline code.
QUOTED = re.compile(r"“[^”]*”|‘[^’]*’|「[^」]*」|\"[^\"\n]*\"|`[^`\n]*`")

PAGES = [rel(p) for p in pages()]
# One test per folder of docs/ (site_files.by_folder says why).
IN_FOLDER = by_folder(PAGES)


def scannable_lines(page: str, text: str):
    """(line number, text to scan) for a page's prose.

    Fenced blocks are skipped: they show code and real output (a demonstration
    may print the wrong form's error), and snippets are checked by running them.
    Where a page corrects the notes, inside an entry of the errata pages or a
    `!!! warning "勘误"` / `"Correction"` admonition, the words it quotes (in
    quotation marks or inline code) are blanked out; the rest is scanned.
    """
    in_entry = in_admonition = False
    for n, line in outside_fences(text.splitlines()):
        if ANY_HEADING.match(line):
            in_entry = page in ERRATA_PAGES and bool(ENTRY_HEADING.match(line))
        if CORRECTION_ADMONITION.match(line):
            in_admonition = True
        elif in_admonition and line.strip() and not line.startswith((" ", "\t")):
            in_admonition = False
        yield n, QUOTED.sub("“”", line) if in_entry or in_admonition else line


def wrong_forms_in(page: str, text: str) -> list[str]:
    found = []
    for n, line in scannable_lines(page, text):
        for form in WRONG_FORMS:
            if form.pattern.search(line):
                found.append(f"{page}:{n}: {form.reason} (see errata.md#{form.entry})")
    return found


@pytest.mark.parametrize("folder", IN_FOLDER)
def test_no_wrong_forms(folder):
    found = [
        problem
        for page in IN_FOLDER[folder]
        for problem in wrong_forms_in(page, (ROOT / page).read_text(encoding="utf-8"))
    ]
    if found:
        pytest.fail("\n".join(found), pytrace=False)


def test_each_form_names_an_existing_entry():
    text = (ROOT / "docs" / "errata.md").read_text(encoding="utf-8")
    missing = [f.entry for f in WRONG_FORMS if f"{{#{f.entry}}}" not in text]
    assert not missing, (
        f"tests/test_wrong_forms.py names errata entries that do not exist: {missing}"
    )


@pytest.mark.parametrize(
    ("line", "entry"),
    [
        pytest.param(line, form.entry, id=f"{form.entry}-{n}")
        for form in WRONG_FORMS
        for n, line in enumerate(form.examples, 1)
    ],
)
def test_catches_the_notes_forms(line, entry):
    # The guard must keep recognising what the notes actually wrote, each by its own form.
    assert any(f"errata.md#{entry})" in found for found in wrong_forms_in("docs/x.md", line)), (
        f"tests/test_wrong_forms.py: the form of {entry} does not match its example {line!r}"
    )


def test_every_form_has_an_example():
    bare = [form.entry for form in WRONG_FORMS if not form.examples]
    assert not bare, f"tests/test_wrong_forms.py: give each form a line it must catch: {bare}"


def test_only_quotations_in_corrections_are_exempt():
    entry = "### E50 §23：“jpython” {#e50}\n\n- **更正**：应为 Jython，原文写作“jpython”。\n"
    assert not wrong_forms_in("docs/errata.md", entry)
    # unquoted, it is caught, in an entry as anywhere else
    assert wrong_forms_in("docs/errata.md", entry + "- 又写作 jpython。\n")
    # the same entry on another page is not an errata entry
    assert wrong_forms_in("docs/threads/gil.md", entry)
    admonition = '!!! warning "勘误"\n\n    原笔记写作“jpython”。\n\n正文里的 jpython 不行。\n'
    assert wrong_forms_in("docs/threads/gil.md", admonition) == [
        "docs/threads/gil.md:5: jpython: the interpreter is spelled Jython (see errata.md#e50)"
    ]
    assert not wrong_forms_in("docs/threads/gil.md", "JPython 是 Jython 改名前的旧名")
    assert not wrong_forms_in("docs/threads/gil.md", "PyPy 有 GIL；没有 GIL 的是 Jython")
    # a semaphore's acquire() does default to timeout=None
    assert not wrong_forms_in(
        "docs/cheatsheet.md", "`Semaphore.acquire(blocking=True, timeout=None)`"
    )
    # fenced blocks (code, program output) are not prose
    assert not wrong_forms_in(
        "docs/threads/lock.md", "```text\nacquire(timeout=None): TypeError\n```\n"
    )
