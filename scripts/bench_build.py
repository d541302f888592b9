"""How long the site takes to build, and `serve` to show an edit, against their budgets.

    python scripts/dev.py bench-build            # 3 runs of each after a warm-up, medians against the budgets
    python scripts/dev.py bench-build --runs 5
    python scripts/dev.py bench-build --cold     # each build without the build's caches, as in CI

A benchmark, not a test. It measures, each as the median of the timed runs:

* the strict build: `dev.py build`'s command, into a temporary folder. The
  build keeps compiled templates, Chinese word segmentation and highlighted
  listings in .cache/ (scripts/hooks/template_cache.py, segment_cache.py,
  highlight_cache.py), so after the warm-up it finds them there, as a contributor's builds do; with --cold they are
  removed before each build, as CI's fresh checkout has none;
* save to reload under `dev.py serve`: in a throwaway copy of the project (the
  files git tracks or would track, as they are in the working tree, and .git
  for the pages' dates), the serve command on a free port; then, in turn, a
  line added to one page, and time until the server gives the page with it.
  Also, not against a budget: the same for a line added to a snippet the page
  includes, and how long the first build takes before the server answers.

It prints each run, then the medians against the budgets, and exits 1 when a
median is over its budget or a run failed. The budgets are of wall time; the
CPU time each run took (Linux) is printed beside it, with the load average
before and after: on a machine shared with other work the wall times are
slower, the CPU times less so.
"""

from __future__ import annotations

import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

import dev
from cli import Parser, fail, runs

ROOT = Path(__file__).resolve().parents[1]
BUILD_BUDGET = 6.0  # seconds: the strict two-language build on this 2-core machine
RELOAD_BUDGET = 2.0  # seconds: from saving a page to `serve` giving the new page
PAGE, PAGE_URL = "docs/processes/fork.md", "processes/fork/"
SNIPPET = "snippets/processes/fork_basic.py"  # included by PAGE
BUILD_CACHES = (
    ".cache/jinja",
    ".cache/search",
    ".cache/highlight",
)  # what --cold removes before each build
TIMEOUT = 180.0  # seconds for a build
EDIT_TIMEOUT = 60.0  # seconds for an edit to show; a change `serve` does not watch never shows


def load() -> str:
    return "load average " + " ".join(f"{n:.2f}" for n in os.getloadavg())


def environment() -> dict[str, str]:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env.pop("VIRTUAL_ENV", None)
    return env


def children_cpu() -> float:
    """CPU seconds of this process's finished children so far (0 where unknown)."""
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def process_cpu(pid: int) -> float:
    """CPU seconds a running process has used (0 where /proc is missing)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def timed_build(site: Path) -> tuple[float, float, int, str]:
    """One strict build as `dev.py build` runs it: seconds, CPU seconds, exit status, last line."""
    build = next(command for command in dev.COMMANDS if command.name == "build")
    cpu = children_cpu()
    started = time.monotonic()
    run = subprocess.run(
        [sys.executable, *build.runs, "--site-dir", str(site)],
        cwd=ROOT,
        env=environment(),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    seconds = time.monotonic() - started
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    return seconds, children_cpu() - cpu, run.returncode, lines[-1] if lines else ""


def project_copy(target: Path) -> None:
    """The project as the build sees it: tracked and untracked-but-not-ignored files, and .git."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():  # a tracked file deleted in the working tree is left out
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    shutil.copytree(ROOT / ".git", target / ".git", symlinks=True)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def wait_for(
    condition: Callable[[], bool], server: subprocess.Popen, what: str, timeout: float
) -> bool:
    """Whether `condition()` came to hold within `timeout` seconds; fails if the server stops."""
    started = time.monotonic()
    while not condition():
        if server.poll() is not None:
            fail(f"the serve command stopped (status {server.returncode}) while {what}")
        if time.monotonic() - started > timeout:
            return False
        time.sleep(0.02)
    return True


class Serving:
    """`dev.py serve`'s command, run in a throwaway copy of the project."""

    def __init__(self, project: Path, log: Path) -> None:
        self.project = project
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        mkdocs = dev.serve_arguments(self.port)
        self.log = log.open("w", encoding="utf-8")
        self.process = subprocess.Popen(
            [sys.executable, *mkdocs],
            cwd=project,
            env=environment(),
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )

    def first_build(self) -> float:
        started = time.monotonic()
        if not wait_for(lambda: fetch(self.url) is not None, self.process, "building", TIMEOUT):
            fail(f"the first build did not answer within {TIMEOUT:g} s")
        return time.monotonic() - started

    def edit(self, path: str, line: str, token: str) -> tuple[float | None, float]:
        """Add `line` to `path`: seconds until the page at PAGE_URL shows `token` (None: never),
        and the CPU seconds the server used meanwhile."""
        target = self.project / path
        text = target.read_text(encoding="utf-8")
        # The previous edit's rebuild is over (its page was served); a pause lets the file
        # watcher, which polls, see this edit as a change of its own.
        time.sleep(1.0)
        cpu = process_cpu(self.process.pid)
        started = time.monotonic()
        target.write_text(text + line, encoding="utf-8")
        shown = wait_for(
            lambda: token in (fetch(self.url + PAGE_URL) or ""),
            self.process,
            f"waiting for {PAGE_URL} to show an edit of {path}",
            EDIT_TIMEOUT,
        )
        seconds = time.monotonic() - started
        return (seconds if shown else None), process_cpu(self.process.pid) - cpu

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


def shown(seconds: float | None, cpu: float) -> str:
    if seconds is None:
        return f"not shown after {EDIT_TIMEOUT:g} s"
    return f"{seconds:.2f} s (CPU {cpu:.2f} s)"


def report(name: str, times: list[float], budget: float | None) -> bool:
    """Print the median line; True when it is over the budget."""
    median = statistics.median(times)
    over = budget is not None and median > budget
    verdict = f"; budget {budget:g} s: " + ("OVER" if over else "met") if budget else ""
    print(
        f"{name}: median {median:.2f} s of {len(times)} "
        f"(min {min(times):.2f}, max {max(times):.2f}){verdict}"
    )
    return over


def main() -> None:
    parser = Parser(
        prog="python scripts/dev.py bench-build",
        description="Time the strict build and serve's save-to-reload (medians) against their budgets.",
    )
    parser.add_argument(
        "--runs", type=runs, default=3, help="timed runs of each after a warm-up (default 3)"
    )
    parser.add_argument(
        "--cold",
        action="store_true",
        help=f"remove the build's caches ({', '.join(BUILD_CACHES)}) before each build",
    )
    args = parser.parse_args()
    print(f"{os.cpu_count()} cores, {load()}", flush=True)
    failed = False
    with tempfile.TemporaryDirectory(prefix="bench-build-") as work:
        work = Path(work)
        builds = []
        for n in range(args.runs + 1):
            if args.cold:
                for cache in BUILD_CACHES:
                    shutil.rmtree(ROOT / cache, ignore_errors=True)
            seconds, cpu, status, last = timed_build(work / "site")
            failed = failed or status != 0
            label = "warm-up build" if n == 0 else f"build {n}"
            print(
                f"{label}: {seconds:.2f} s (CPU {cpu:.2f} s), status {status}: {last}", flush=True
            )
            if n:
                builds.append(seconds)

        project = work / "project"
        project_copy(project)
        serving = Serving(project, work / "serve.log")
        pages, snippets = [], []
        try:
            print(f"serve: first build answered after {serving.first_build():.2f} s", flush=True)
            for n in range(args.runs + 1):
                token = f"bench-build-{n}-{time.time_ns()}"
                page, page_cpu = serving.edit(PAGE, f"\n\n{token}\n", token)
                code, code_cpu = serving.edit(SNIPPET, f"# {token}-code\n", f"{token}-code")
                label = "warm-up edit" if n == 0 else f"edit {n}"
                print(
                    f"{label}: page {shown(page, page_cpu)}, snippet {shown(code, code_cpu)}",
                    flush=True,
                )
                failed = failed or page is None or code is None
                if n:
                    pages.append(EDIT_TIMEOUT if page is None else page)
                    snippets.append(EDIT_TIMEOUT if code is None else code)
        except BaseException:
            serving.stop()
            print((work / "serve.log").read_text(encoding="utf-8")[-3000:], file=sys.stderr)
            raise
        serving.stop()

    kind = "cold: no build caches" if args.cold else "build caches in .cache/"
    over = report(f"strict build (`python scripts/dev.py build`; {kind})", builds, BUILD_BUDGET)
    over |= report(f"serve: save {PAGE} to reload", pages, RELOAD_BUDGET)
    report(f"serve: save {SNIPPET} to reload (no budget)", snippets, None)
    print(load())
    if failed:
        print("A build failed, or an edit never showed (counted as its timeout above).")
    sys.exit(1 if over or failed else 0)


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        sys.exit(130)
