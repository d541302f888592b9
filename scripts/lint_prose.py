"""Lint the prose of the site's pages: Chinese copywriting rules and English spelling.

    python scripts/lint_prose.py                 # check every page; exit 1 if anything is found
    python scripts/lint_prose.py docs/x.md ...   # check these pages only
    python scripts/lint_prose.py --fix           # rewrite the Chinese pages in place with autocorrect

Chinese pages (docs/**/*.md without .en) are checked with autocorrect
(https://github.com/huacnlee/autocorrect): a space between CJK and Latin
letters, digits or inline code, full-width punctuation in Chinese prose, no
space next to full-width punctuation. Code blocks are left alone, since they
show real program output. Every page, in both languages, is spell-checked with
codespell, and checked against WORD_RULES below: one English spelling system
(Oxford: -ize, -our, -ll-, "for ever") and the glossary's terms, in
prose only (code spans and fenced code are skipped). Accepted exceptions live in
scripts/prose-allowlist.txt, each with a comment saying why. Run it with the project's environment, as
`.venv/bin/python scripts/lint_prose.py` (`python scripts/dev.py test -k prose`
sets that environment up), or after `pip install autocorrect-py codespell`.
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from cli import Parser, fail
from site_files import ROOT, is_english, outside_fences, pages, rel

ALLOWLIST = ROOT / "scripts" / "prose-allowlist.txt"
FIX_COMMAND = "python scripts/lint_prose.py --fix"

# autocorrect's rules (its .autocorrectrc format, as JSON). Its defaults, except:
AUTOCORRECT_CONFIG = {
    "rules": {
        # A hyphen joins a compound term (生产者-消费者); it is not a dash that needs spaces.
        "space-dash": 0,
    },
    "context": {
        # Code blocks show real code and real program output: the tests compare it byte for byte.
        "codeblock": 0,
    },
}


# One spelling system and one word per concept. Each rule: a regular expression for the word
# to avoid (matched case-insensitively on whole words, in prose only: code spans, fenced code and
# link targets are skipped), the word to write instead (\1 and the like refer to the pattern's
# groups), and, for a word that is right in other senses, a pattern the line must also match.
#
# English: Oxford spelling, what most of the English pages already used: -ize like Python's own
# names (`initializer`, `multiprocessing.synchronize`), but British -our, -ll- and "for ever".
_ISE_STEMS = (
    "synchron|initial|serial|deserial|recogn|real|organ|optim|minim|maxim|summar|priorit|util"
    "|normal|final|custom|special|categor|emphas|apolog|author|visual|memor|random|standard|parallel"
)


@dataclass(frozen=True)
class WordRule:
    avoid: str  # regular expression, case-insensitive, matched on whole words
    use: str  # its replacement (may refer to the pattern's groups)
    why: str  # the end of the message: where the rule comes from
    only_if: str = ""  # if set, the rule applies only to lines that also match this


OXFORD = "the English pages use Oxford spelling (-ize, -our, -ll-, for ever)"
GLOSSARY = "the term docs/glossary.md uses"
ALLOW = {"en": "the word under [en]", "zh": "the phrase around it under [zh]"}
WORD_RULES: dict[str, list[WordRule]] = {
    "en": [
        WordRule(rf"({_ISE_STEMS})is(e|es|ed|ing|ation|ations|er|ers)", r"\1iz\2", OXFORD),
        WordRule(r"behavior(s|al)?", r"behaviour\1", OXFORD),
        WordRule(r"forever", "for ever", OXFORD),
        WordRule(r"(signal|cancel|label|model|travel)(ed|ing|er|ers)", r"\1l\2", OXFORD),
        # The glossary's English terms, where a variant has crept in before.
        WordRule(r"standard (CPython )?build(s?)", r"default \1build\2", GLOSSARY),
        WordRule(r"re-entr(ant|ancy|y)", r"reentr\1", GLOSSARY),
    ],
    "zh": [
        WordRule("凭据", "句柄", GLOSSARY + " (or “Future 对象” for a Future)"),
        WordRule("结束标记", "哨兵值", GLOSSARY),
        # 读者 is also the reader of this site; only the reading end of a queue or pipe is 读取方.
        WordRule("读者", "读取方", GLOSSARY, only_if="写者|写入方|写入进程|队列|管道"),
        WordRule("写者", "写入方", GLOSSARY),
        WordRule("标准构建|普通构建", "默认构建", GLOSSARY),
    ],
}


@dataclass
class Finding:
    page: str  # docs/x.md, relative to the repository root
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.page}:{self.line}: {self.message}"


def read_allowlist(path: Path = ALLOWLIST) -> dict[str, list[str]]:
    """The [en] words and [zh] phrases of the allow-list; a `#` starts the comment that says why."""
    sections: dict[str, list[str]] = {"en": [], "zh": []}
    current = None
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split(" #", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if not line:
            continue
        if line in ("[en]", "[zh]"):
            current = line[1:-1]
            continue
        if current is None:
            raise SystemExit(
                f"{path.relative_to(ROOT)}:{n}: an entry before any [en] or [zh] section"
            )
        if "#" not in raw:
            raise SystemExit(
                f"{path.relative_to(ROOT)}:{n}: {line!r} needs a comment saying why (`  # why`)"
            )
        sections[current].append(line)
    return sections


def pages_named(paths: list[str]) -> list[Path]:
    """The pages given on the command line, checked; every page when none is given."""
    if not paths:
        return pages()
    chosen = [Path(p).resolve() for p in paths]
    for given, path in zip(paths, chosen):
        if not path.is_file():
            problem = "a folder, not a page" if path.is_dir() else "no such file"
            fail(f"{given}: {problem}: give pages such as docs/index.md, or none for every page")
        if ROOT not in path.parents:
            fail(
                f"{given}: not inside the repository {ROOT}: give its pages, such as docs/index.md"
            )
    return chosen


def is_chinese(path: Path) -> bool:
    return not is_english(path)


def _autocorrect(allowed: list[str]):
    try:
        import autocorrect_py
    except ImportError:
        fail(
            "autocorrect-py is not installed: run the check through `python scripts/dev.py test "
            "-k prose`, or `pip install autocorrect-py` (it has no wheel for free-threaded Python: "
            "use a default build)",
            __file__,
        )

    config = dict(AUTOCORRECT_CONFIG, textRules={phrase: 0 for phrase in allowed})
    autocorrect_py.load_config(json.dumps(config, ensure_ascii=False))
    return autocorrect_py


def _excerpt(old: str, new: str, context: int = 12) -> tuple[str, str]:
    """The part of a long line around its first change, as it is and as it should be."""
    start = 0
    while start < min(len(old), len(new)) and old[start] == new[start]:
        start += 1
    end_old, end_new = len(old), len(new)
    while end_old > start and end_new > start and old[end_old - 1] == new[end_new - 1]:
        end_old, end_new = end_old - 1, end_new - 1
    lo = max(0, start - context)
    prefix = "…" if lo else ""
    return (
        prefix
        + old[lo : min(len(old), end_old + context)]
        + ("…" if end_old + context < len(old) else ""),
        prefix
        + new[lo : min(len(new), end_new + context)]
        + ("…" if end_new + context < len(new) else ""),
    )


def lint_chinese(path: Path, allowed: list[str]) -> list[Finding]:
    result = _autocorrect(allowed).lint_for(path.read_text(encoding="utf-8"), "md")
    findings = []
    for item in result.lines:
        old, new = _excerpt(item.old.strip(), item.new.strip())
        findings.append(
            Finding(
                rel(path),
                item.line,
                f"Chinese copywriting (CJK/Latin spacing, punctuation): {old!r} should read {new!r}. "
                f"Run `{FIX_COMMAND}` to fix every Chinese page, or if autocorrect is wrong here, add "
                f"the text under [zh] in scripts/prose-allowlist.txt with a comment why",
            )
        )
    return findings


def fix_chinese(path: Path, allowed: list[str]) -> bool:
    text = path.read_text(encoding="utf-8")
    fixed = _autocorrect(allowed).format_for(text, "md")
    if fixed != text:
        path.write_text(fixed, encoding="utf-8")
        return True
    return False


_CODE_SPAN = re.compile(r"(`+).+?\1")
_LINK_TARGET = re.compile(r"\]\([^)]*\)|\{[#.][^}]*\}|<https?://[^>]*>|https?://\S+")


def prose_lines(text: str) -> list[tuple[int, str]]:
    """(line number, text) of each line outside fenced code, with code spans and link targets blanked."""
    return [
        (n, _LINK_TARGET.sub(" ", _CODE_SPAN.sub(" ", line)))
        for n, line in outside_fences(text.splitlines())
    ]


def _as_found(found: str, use: str) -> str:
    return use[:1].upper() + use[1:] if found[:1].isupper() and use[:1].islower() else use


def _kind(rule: WordRule) -> str:
    """What a finding of the rule is called: a glossary rule holds in both languages."""
    return "glossary term" if rule.why.startswith(GLOSSARY) else "English spelling"


def lint_words(path: Path, allowed: dict[str, list[str]] | None = None) -> list[Finding]:
    """Words WORD_RULES says to avoid: English spellings on every page, Chinese terms on Chinese pages.

    An [en] word of the allow-list is accepted, and so is a line containing a [zh] phrase of it
    that contains the word (a quotation of the original notes, say).
    """
    allowed = allowed or {"en": [], "zh": []}
    # English words are matched whole; Chinese has no spaces between words, so its terms anywhere.
    rules = [(rf"(?<!\w)(?:{r.avoid})(?!\w)", r, "en") for r in WORD_RULES["en"]]
    if is_chinese(path):
        rules += [(r.avoid, r, "zh") for r in WORD_RULES["zh"]]
    findings = []
    for n, line in prose_lines(path.read_text(encoding="utf-8")):
        for pattern, rule, lang in rules:
            if rule.only_if and not re.search(rule.only_if, line):
                continue
            for m in re.finditer(pattern, line, re.IGNORECASE):
                if m[0].lower() in allowed["en"] or any(
                    m[0] in phrase and phrase in line for phrase in allowed["zh"]
                ):
                    continue
                use = _as_found(m[0], m.expand(rule.use))
                findings.append(
                    Finding(
                        rel(path),
                        n,
                        f"{_kind(rule)}: {m[0]!r} should read {use!r}: {rule.why}. Fix it; if it "
                        f"is right here, add {ALLOW[lang]} in scripts/prose-allowlist.txt with a "
                        f"comment why",
                    )
                )
    return findings


# What codespell prints for each misspelling: `page:line: word ==> fix`, or `page: word ==> fix`
# for one in the file's name (--check-filenames).
CODESPELL_LINE = re.compile(r"^(?P<file>.+?):(?:(?P<line>\d+):)? (?P<word>\S+) ==> (?P<fix>.+)$")


def lint_spelling(paths: list[Path], allowed: list[str]) -> list[Finding]:
    if not paths:
        return []
    if importlib.util.find_spec("codespell_lib") is None:
        fail(
            "codespell is not installed: run the check through `python scripts/dev.py test -k prose`, "
            "or `pip install codespell`",
            __file__,
        )
    command = [sys.executable, "-m", "codespell_lib", "--check-filenames"]
    if allowed:
        command += ["--ignore-words-list", ",".join(allowed)]
    given = [rel(p) for p in paths]
    run = subprocess.run([*command, *given], cwd=ROOT, capture_output=True, text=True, timeout=120)

    def stop(why: str) -> NoReturn:
        """Codespell's whole output, then why the check cannot trust it."""
        print(run.stdout + run.stderr, file=sys.stderr)
        fail(why, __file__)

    if run.returncode not in (0, 65):  # 65: misspellings found
        stop(f"codespell could not run (status {run.returncode}, its output is above)")
    found = []
    # codespell prints its findings only, so a line that is not read, or that names a file it was
    # not given, would be a misspelling dropped without a word: stop instead.
    for line in run.stdout.splitlines():
        m = CODESPELL_LINE.match(line)
        if m is None:
            stop(
                f"codespell's line {line!r} cannot be read (its output is above): make "
                "CODESPELL_LINE read what this codespell version prints"
            )
        if m["file"] not in given:
            stop(
                f"codespell names {m['file']!r}, none of the pages it was given (such as "
                f"{given[0]!r}): make lint_spelling read the page's name as codespell prints it"
            )
        where = "" if m["line"] else " in the file's name"
        found.append(
            Finding(
                m["file"],
                int(m["line"] or 0),
                f"spelling{where}: {m['word']!r} looks like a misspelling of {m['fix']}. Fix it; if "
                f"the word is right, add it under [en] in scripts/prose-allowlist.txt with a comment why",
            )
        )
    if run.returncode == 65 and not found:
        stop(
            "codespell says it found misspellings (status 65) but printed none; its output is above"
        )
    return found


def lint(paths: list[Path]) -> list[Finding]:
    allowed = read_allowlist()
    findings = [f for p in paths if is_chinese(p) for f in lint_chinese(p, allowed["zh"])]
    findings += lint_spelling(paths, allowed["en"])
    findings += [f for p in paths for f in lint_words(p, allowed)]
    return sorted(findings, key=lambda f: (f.page, f.line))


def main() -> int:
    parser = Parser(prog="python scripts/lint_prose.py", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--fix", action="store_true", help="rewrite the Chinese pages in place with autocorrect"
    )
    parser.add_argument("pages", nargs="*", help="pages to check (default: every page under docs/)")
    args = parser.parse_args()
    chosen = pages_named(args.pages)
    if args.fix:
        allowed = read_allowlist()["zh"]
        for path in chosen:
            if is_chinese(path) and fix_chinese(path, allowed):
                print(f"fixed {rel(path)}")
    findings = lint(chosen)
    for finding in findings:
        print(finding)
    if findings:
        print(
            f"\n{len(findings)} problem(s). Chinese spacing and punctuation: `{FIX_COMMAND}`.",
            file=sys.stderr,
        )
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
