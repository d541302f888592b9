"""Try a Zensical build of the site and measure what it lacks (the CI job `zensical`).

.github/decisions/0001-site-engine.md weighs moving the site to Zensical; this job measures the
cost instead of guessing it. Run with a Python that has .github/zensical/requirements.txt:

    python -m pip install --require-hashes -r .github/zensical/requirements.txt
    python .github/zensical/try_zensical.py [OUT]    # OUT: zensical-trial/ by default, in the root

It builds twice with zensical-i18n (Zensical itself has no languages yet), each into OUT:
  1. the site as it is: mkdocs.yml with overrides/ and the hooks;
  2. the same without theme.custom_dir (overrides/), to see what else would be missing.
Then it checks the second build for what this site's hooks and plugins give it, and writes every
finding to OUT/findings.md (and to the job's summary). Exit status 1: the site as it is does not
build with Zensical; 0: it builds (the findings still say what is missing).

It never passes --clean: Zensical keeps its cache in .cache/ at the root and --clean deletes that
whole folder, where scripts/dev.py keeps uv (.cache/uv) and more.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHECK = "✓"
MISSING = "✗"


def config_copy(out: Path, name: str, overrides: bool) -> Path:
    """mkdocs.yml with its site_dir in OUT, and without theme.custom_dir if not `overrides`.

    In the root, not in OUT: docs_dir, hooks and custom_dir are relative to the config's folder.
    """
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    if not overrides:
        text, n = re.subn(r"^\s+custom_dir: overrides\n", "", text, flags=re.M)
        assert n == 1, "mkdocs.yml: theme.custom_dir not found"
    # Relative: Zensical refuses a site_dir outside the project's root.
    site = (out / name / "site").relative_to(ROOT).as_posix()
    path = ROOT / f".zensical-{name}.yml"
    path.write_text(text + f"\nsite_dir: {json.dumps(site)}\n", encoding="utf-8")
    return path


def build(out: Path, name: str, overrides: bool) -> tuple[int, float, Path]:
    """One strict zensical-i18n build; its log goes to OUT/NAME/build.log."""
    config = config_copy(out, name, overrides)
    log = out / name / "build.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "zensical_i18n", "build", "--strict", "-f", config.name]
    start = time.monotonic()
    try:
        with log.open("w", encoding="utf-8") as f:
            f.write("$ " + " ".join(command[2:]) + "\n")
            f.flush()
            code = subprocess.run(command, cwd=ROOT, stdout=f, stderr=subprocess.STDOUT).returncode
    finally:
        config.unlink()
    return code, time.monotonic() - start, out / name / "site"


def error_of(log: Path) -> str:
    """Why the build stopped: the exception's line if there is one, else Zensical's last error."""
    text = log.read_text(encoding="utf-8")
    lines = re.findall(r"^\w+Error: .*$", text, flags=re.M) or re.findall(
        r"^Error: .*$", text, re.M
    )
    return f": `{lines[-1]}`" if lines else ""


def html_of(page: Path) -> str:
    """docs/x.md -> x/index.html, docs/x/index.md -> x/, docs/x.en.md -> en/x/index.html."""
    inside = page.relative_to(ROOT / "docs").as_posix()
    prefix = ""
    if inside.endswith(".en.md"):
        inside, prefix = inside[: -len(".en.md")] + ".md", "en/"
    stem = inside[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        stem = stem[: -len("index")]
    else:
        stem += "/"
    return f"{prefix}{stem}index.html"


def findings(site: Path) -> list[tuple[bool, str]]:
    """What the MkDocs/ProperDocs build of this site has, looked for in Zensical's output."""
    pages = sorted((ROOT / "docs").rglob("*.md"))
    missing = [html_of(p) for p in pages if not (site / html_of(p)).is_file()]
    html = [p.read_text(encoding="utf-8") for p in site.rglob("*.html")]

    def pages_with(pattern: str) -> int:
        return sum(1 for text in html if re.search(pattern, text))

    found = [
        (
            not missing,
            f"i18n: every page at its address, Chinese at / and English at /en/: "
            f"{len(pages) - len(missing)} of {len(pages)}"
            + (f"; missing {', '.join(missing[:5])}" if missing else ""),
        )
    ]
    selector = pages_with(r"hreflang=")
    found.append(
        (selector == len(html), f"i18n: language selector: {selector} of {len(html)} pages")
    )
    # What scripts/mkdocs_hooks.py does; in the MkDocs/ProperDocs build each ✗ below is a ✓.
    left = pages_with(r"\{\{ (python|verified)\.")
    found.append(
        (not left, f"hooks: version facts, verified table: {left} pages keep a placeholder")
    )
    live = pages_with(r'class="mermaid"')
    found.append(
        (not live, f"hooks: diagrams replaced by their drawings: {live} pages draw them live")
    )
    output = pages_with(r'class="highlight output"')
    found.append((output > 0, f"hooks: program output marked as output: {output} pages"))
    runs_on = pages_with(r'class="runs-on"')
    found.append((runs_on > 0, f'hooks: "Runs on" labels under the listings: {runs_on} pages'))
    dates = pages_with(r"git-revision-date-localized")
    found.append((dates > 0, f"git-revision-date-localized: last-updated dates: {dates} pages"))
    # Material's search plugin joins jieba's segments of Chinese text with U+200B in the index.
    indexes = sorted(site.rglob("search*.json"))
    segmented = 0
    for index in indexes:
        data = json.loads(index.read_text(encoding="utf-8"))
        items = data.get("items") or data.get("docs") or []
        segmented += sum(1 for item in items if "\u200b" in item.get("text", ""))
    names = ", ".join(i.relative_to(site).as_posix() for i in indexes)
    found.append((len(indexes) >= 2, f"search: one index per language: {names}"))
    found.append((segmented > 0, f"search: Chinese segmented by jieba: {segmented} index entries"))
    return found


def main() -> int:
    out = (ROOT / (sys.argv[1] if len(sys.argv) > 1 else "zensical-trial")).resolve()
    if not out.is_relative_to(ROOT) or out == ROOT:
        sys.exit(f"{sys.argv[0]}: OUT must be a folder inside {ROOT}: Zensical writes only there")
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    staging = ROOT / ".zensical-i18n"  # zensical-i18n's own copy of the docs, one per language
    had_staging = staging.exists()
    try:
        as_is, as_is_s, _ = build(out, "as-is", overrides=True)
        bare, bare_s, site = build(out, "no-overrides", overrides=False)
    finally:
        if not had_staging:
            shutil.rmtree(staging, ignore_errors=True)
    versions = subprocess.run(
        [sys.executable, "-m", "pip", "list", "--format=freeze"], capture_output=True, text=True
    ).stdout
    wanted = ("zensical", "zensical-i18n", "mkdocstrings", "pymdown-extensions")
    pins = [line for line in versions.splitlines() if line.split("==")[0].lower() in wanted]
    lines = [
        "# Zensical trial build of the site",
        "",
        f"Versions: {', '.join(pins)}; Python {sys.version.split()[0]}.",
        "",
        f"1. The site as it is (`zensical-i18n build --strict`): exit {as_is}, {as_is_s:.1f} s "
        f"(as-is/build.log){error_of(out / 'as-is' / 'build.log')}",
        f"2. Without overrides/: exit {bare}, {bare_s:.1f} s "
        f"(no-overrides/build.log){error_of(out / 'no-overrides' / 'build.log')}",
        "",
    ]
    if bare == 0:
        lines += ["What build 2 has of the MkDocs/ProperDocs build:", ""]
        lines += [f"- {CHECK if ok else MISSING} {text}" for ok, text in findings(site)]
    else:
        lines.append("Build 2 failed too; its log says where.")
    report = "\n".join(lines) + "\n"
    (out / "findings.md").write_text(report, encoding="utf-8")
    print(report)
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        with open(summary, "a", encoding="utf-8") as f:
            f.write(report)
    return 1 if as_is else 0


if __name__ == "__main__":
    sys.exit(main())
