"""Where a code block runs, worked out from the skip markers the tests obey, never typed by hand.

A page puts ``<!--pytest.mark.skipif(CONDITION, reason=...)-->`` above a block
that cannot run everywhere; scripts/check_block.py evaluates CONDITION on the
machine that runs the tests. Here the same CONDITION is evaluated on each
platform and Python version the project supports, simulated: ``sys.platform``,
``sys.version_info``, ``os.name``, whether ``os`` has a platform's functions,
and the default ``START_METHOD``. The block's label says where no condition
holds: "every platform", "Unix: Linux, macOS", "Linux only", with a Python
version where one platform needs a newer one.

The versions come from one place: pyproject.toml's ``requires-python`` (the
oldest) and the test matrix of .github/workflows/ci.yml (every version CI runs).
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from functools import cache
from types import SimpleNamespace

from site_files import ROOT, fences, is_english, pages

PLATFORMS = {"linux": "Linux", "darwin": "macOS", "win32": "Windows"}
UNIX = ("linux", "darwin")
# os functions a platform lacks (and the Python version from which it has them), as the os module's
# documentation says. Only what a marker asks about matters; a name not here exists everywhere.
MISSING = {
    "win32": {
        name: None for name in ("fork", "forkpty", "register_at_fork", "wait", "waitid", "killpg")
    },
    "darwin": {"waitid": (3, 13)},  # os.waitid() on macOS: 3.13+ (gh-113536)
}
MARKER = re.compile(r"<!--\s*pytest\.mark\.(?P<name>\w+)\((?P<args>.*)\)\s*-->")


@cache
def versions() -> list[tuple[int, int]]:
    """Every CPython version the tests run on, oldest first: requires-python up to CI's newest."""
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    oldest = re.search(r'^requires-python\s*=\s*">=\s*3\.(\d+)"', pyproject, re.M)
    workflow = (ROOT / ".github" / "workflows" / "ci.yml").read_text(encoding="utf-8")
    matrix = re.search(r"^\s*python:\s*\[([^\]]*)\]", workflow, re.M)
    if not oldest or not matrix:
        raise ValueError(
            "runs_on.py: cannot read requires-python (pyproject.toml) or the python: [...] list of "
            "the test matrix (.github/workflows/ci.yml)"
        )
    tested = sorted(tuple(map(int, v.strip(" \"'").split("."))) for v in matrix[1].split(","))
    first = (3, int(oldest[1]))
    if tested[0] != first:
        raise ValueError(
            f"runs_on.py: pyproject.toml requires Python {first[0]}.{first[1]}+, but the oldest version "
            f"CI tests is {tested[0][0]}.{tested[0][1]}: make them agree"
        )
    return tested


def version_text(version: tuple[int, int]) -> str:
    return f"{version[0]}.{version[1]}"


def tested_range() -> str:
    """ "3.10–3.14": the Python versions CI tests every block on."""
    found = versions()
    return f"{version_text(found[0])}–{version_text(found[-1])}"


def _default_start_method(platform: str, version: tuple[int, int]) -> str:
    if platform != "linux":
        return "spawn"  # Windows always; macOS since 3.8
    return "forkserver" if version >= (3, 14) else "fork"


class _SimulatedOS(SimpleNamespace):
    """The os module as a marker sees it on another platform: its name and which functions exist."""

    def __init__(self, platform: str, version: tuple[int, int]):
        super().__init__(name="nt" if platform == "win32" else "posix")
        self._missing = {
            name
            for name, since in MISSING.get(platform, {}).items()
            if since is None or version < since
        }

    def __getattr__(self, name: str):
        if name in self._missing:
            raise AttributeError(name)
        return getattr(os, name)


def skipped(condition: str, platform: str, version: tuple[int, int]) -> bool:
    """Whether a skipif condition holds on that platform and Python."""
    namespace = {
        "os": _SimulatedOS(platform, version),
        "sys": SimpleNamespace(platform=platform, version_info=version + (0, "final", 0)),
        "START_METHOD": _default_start_method(platform, version),
        # The labels are about platforms and versions, on their default builds. A block skipped on a
        # free-threaded build (where its output varies) still runs there; its reason says so.
        "FREE_THREADED": False,
        # Likewise they describe a machine's default settings, which let a process be read by py-spy.
        "PTRACE_BLOCKED": False,
    }
    try:
        return bool(eval(condition, namespace))
    except Exception as e:
        raise ValueError(
            f"the skip condition {condition!r} cannot be evaluated for {platform}: {e}"
        ) from e


def skip_conditions(markers: list[str]) -> list[str]:
    """The conditions of the skipif markers among a block's marker comments."""
    conditions = []
    for marker in markers:
        m = MARKER.fullmatch(marker.strip())
        if m and m["name"] == "skipif":
            # The condition is everything before the keyword arguments (reason=...).
            conditions.append(re.split(r",\s*reason\s*=", m["args"], maxsplit=1)[0])
        elif m and m["name"] == "skip":
            conditions.append("True")
    return conditions


@dataclass(frozen=True)
class Where:
    """Each platform where the block runs, with the oldest Python it runs on there."""

    since: dict[str, tuple[int, int]]

    @property
    def kind(self) -> str:
        """ "everywhere", "unix", "linux" or "other": for the home page's count."""
        plain = {p for p, v in self.since.items() if v == versions()[0]}
        if plain == set(PLATFORMS):
            return "everywhere"
        # "only on Unix" and "only on Linux" count the blocks that run there on every Python.
        if set(self.since) == set(UNIX) == plain:
            return "unix"
        if set(self.since) == {"linux"} == plain:
            return "linux"
        return "other"


def where(markers: list[str]) -> Where:
    conditions = skip_conditions(markers)
    since = {}
    for platform in PLATFORMS:
        runs = [v for v in versions() if not any(skipped(c, platform, v) for c in conditions)]
        if runs:
            since[platform] = runs[0]
    return Where(since)


WORDS = {
    "zh": {
        "label": "运行于：",
        "everywhere": "所有平台",
        "unix": "Unix（{}）",
        "only": "仅 {}",
        "since": "{}（Python {}+）",
        "version": "Python {}+",
        "nowhere": "不在任何受支持的平台上运行",
        "and": "、",
    },
    "en": {
        "label": "Runs on: ",
        "everywhere": "every platform",
        "unix": "Unix ({})",
        "only": "{} only",
        "since": "{} (Python {}+)",
        "version": "Python {}+",
        "nowhere": "no supported platform",
        "and": ", ",
    },
}


def label(markers: list[str], language: str) -> str:
    """ "仅 Linux" / "Linux only", "Unix（Linux、macOS）" / "Unix (Linux, macOS)", and so on."""
    words = WORDS[language]
    found = where(markers)
    oldest = versions()[0]
    if not found.since:
        return words["nowhere"]
    if found.kind == "everywhere":
        return words["everywhere"]
    if set(found.since) == set(PLATFORMS) and len(set(found.since.values())) == 1:
        # Every platform, from one newer Python on: "Python 3.14+", not the version three times.
        return words["version"].format(version_text(found.since["linux"]))
    names = [
        PLATFORMS[p] if v == oldest else words["since"].format(PLATFORMS[p], version_text(v))
        for p, v in found.since.items()
    ]
    if set(found.since) == set(UNIX) and all(v == oldest for v in found.since.values()):
        return words["unix"].format(words["and"].join(names))
    if len(names) == 1:
        return words["only"].format(names[0])
    return words["and"].join(names)


def markers_of(text: str) -> list[str]:
    return re.findall(r"<!--\s*pytest\.mark\.[^\n]*?-->", text)


@cache
def example_kinds() -> dict[str, int]:
    """How many Python blocks of the Chinese pages (each page has an English twin) run where."""
    counts = {"everywhere": 0, "unix": 0, "linux": 0, "other": 0}
    for page in pages():
        if is_english(page):
            continue
        lines = page.read_text(encoding="utf-8").splitlines()
        for fence in fences(lines):
            if fence.language == "python":
                counts[where(markers_above(lines, fence.start)).kind] += 1
    return counts


def markers_above(lines: list[str], start: int) -> list[str]:
    """The <!--pytest.mark...--> lines right above line `start` (blank lines between them allowed)."""
    found = []
    for line in reversed(lines[: start - 1]):
        if line.strip() and not markers_of(line):
            break
        found[:0] = markers_of(line)
    return found


SUMMARY = {
    "zh": (
        "全站 {total} 个代码块中，{everywhere} 个在所有平台（Linux、macOS、Windows）上运行，{unix} 个只在 "
        "Unix（Linux、macOS）上运行，{linux} 个只在 Linux 上运行{others}。每个代码块的标题下都写明了它在哪里运行，"
        "这些说明由测试所依据的跳过标记生成；每个文件在哪些系统、Python 版本和启动方法上实际通过了测试，见"
        "[兼容性](verified.md)。"
    ),
    "en": (
        "Of the site's {total} code blocks, {everywhere} run on every platform (Linux, macOS, Windows), "
        "{unix} only on Unix (Linux, macOS){others}. Under each block's title the "
        "page says where it runs, generated from the skip markers the tests obey; on which systems, Python "
        "versions and start methods each file has passed the tests is on [Where each example runs](verified.md)."
    ),
}
# The end of the list, with and without blocks of other kinds (a newer Python on some platforms).
SUMMARY_END = {
    "zh": ("，{other} 个在其他组合上运行（例如需要更新的 Python）", ""),
    "en": (
        ", {linux} only on Linux and {other} on other combinations (a newer Python, say)",
        " and {linux} only on Linux",
    ),
}


def summary(language: str) -> str:
    counts = example_kinds()
    with_others, without = SUMMARY_END[language]
    others = (with_others if counts["other"] else without).format(**counts)
    return SUMMARY[language].format(total=sum(counts.values()), others=others, **counts)


def every_method_versions(language: str) -> str:
    """ "3.13 and 3.14": the Python versions CI also runs under every start method (its matrix's
    include list, read by scripts/verified_on.py)."""
    import verified_on  # here, not above: it imports PyYAML, which only this needs

    found = {run.python for run in verified_on.expected_runs() if run.method != "default"}
    names = sorted(found, key=lambda v: tuple(int(x) for x in v.rstrip("t").split(".")))
    last = {"zh": " 和 ", "en": " and "}[language]
    return last.join(
        filter(None, [("、" if language == "zh" else ", ").join(names[:-1]), names[-1]])
    )


# What a page may write instead of a version fact: the hook puts in the value of the day.
PLACEHOLDERS = {
    "{{ python.oldest }}": lambda language: version_text(versions()[0]),
    "{{ python.tested }}": lambda language: tested_range(),
    "{{ python.every_start_method }}": every_method_versions,
    "{{ examples.where }}": summary,  # links to verified.md: for the home page only
}


def fill(markdown: str, language: str) -> str:
    for placeholder, value in PLACEHOLDERS.items():
        if placeholder in markdown:
            markdown = markdown.replace(placeholder, value(language))
    return markdown


if __name__ == "__main__":
    for text in sys.argv[1:]:
        print(label([text], "en"))
