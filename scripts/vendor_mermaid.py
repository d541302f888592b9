"""Vendor Mermaid into docs/assets/vendor/mermaid/, so that no page loads it from a CDN.

    python scripts/vendor_mermaid.py            # the version pinned below
    python scripts/vendor_mermaid.py 11.17.2    # another version (then update MERMAID_VERSION)

It takes the package from the npm registry with `npm pack` (npm must be on
PATH), checks the tarball against the integrity npm reports, and copies only
the minified ES-module build: `mermaid.esm.min.mjs` and the chunks it imports,
which the browser loads lazily (a page with a flowchart fetches the core and
the flowchart's chunks, not every diagram type). Source-map comments are
dropped (the maps are not vendored). The licence and a VERSION file go beside
them. overrides/main.html loads the module on pages that have a diagram.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

MERMAID_VERSION = "11.17.2"
ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "docs" / "assets" / "vendor" / "mermaid"
SOURCE_MAP = re.compile(rb"\n?//# sourceMappingURL=\S+\s*$")


def main() -> None:
    if len(sys.argv) > 2 or sys.argv[1:2] and not re.fullmatch(r"\d+\.\d+\.\d+\S*", sys.argv[1]):
        sys.exit(
            f"scripts/vendor_mermaid.py: {' '.join(sys.argv[1:])}: give at most one Mermaid version, "
            f"such as {MERMAID_VERSION}"
        )
    version = sys.argv[1] if len(sys.argv) > 1 else MERMAID_VERSION
    npm = shutil.which("npm")
    if not npm:
        sys.exit(
            "scripts/vendor_mermaid.py: npm is needed (it fetches the package from the npm registry): "
            "install Node.js and npm (Debian, Ubuntu: sudo apt-get install npm)"
        )
    with tempfile.TemporaryDirectory() as tmp:
        packed = subprocess.run(
            [npm, "pack", f"mermaid@{version}", "--json", "--pack-destination", tmp],
            capture_output=True,
            text=True,
            cwd=tmp,
        )
        if packed.returncode != 0:
            # npm's own reason (no such version, registry unreachable) is in the first error line.
            reason = next(
                (line for line in packed.stderr.splitlines() if "error" in line.lower()),
                f"status {packed.returncode}",
            )
            sys.exit(
                f"scripts/vendor_mermaid.py: npm pack mermaid@{version} failed ({reason.strip()}): "
                f"check the version and that the npm registry is reachable, then run again"
            )
        info = json.loads(packed.stdout)[0]
        tarball = Path(tmp) / info["filename"]
        algorithm, expected = info["integrity"].split("-", 1)
        actual = base64.b64encode(hashlib.new(algorithm, tarball.read_bytes()).digest()).decode()
        if actual != expected:
            sys.exit(
                f"scripts/vendor_mermaid.py: {tarball.name} does not match its integrity {info['integrity']}"
            )
        with tarfile.open(tarball) as tar:
            tar.extractall(tmp, filter="data") if sys.version_info >= (
                3,
                12,
            ) else tar.extractall(tmp)
        package = Path(tmp) / "package"
        dist = package / "dist"
        if TARGET.exists():
            shutil.rmtree(TARGET)
        (TARGET / "chunks" / "mermaid.esm.min").mkdir(parents=True)
        files = [
            dist / "mermaid.esm.min.mjs",
            *sorted((dist / "chunks" / "mermaid.esm.min").glob("*.mjs")),
        ]
        for source in files:
            target = TARGET / source.relative_to(dist)
            target.write_bytes(SOURCE_MAP.sub(b"\n", source.read_bytes()))
        shutil.copy(package / "LICENSE", TARGET / "LICENSE")
        size = sum(f.stat().st_size for f in TARGET.rglob("*.mjs"))
        (TARGET / "VERSION").write_text(
            f"mermaid {info['version']} from the npm registry (npm pack mermaid@{info['version']})\n"
            f"integrity {info['integrity']}\n"
            f"licence MIT (LICENSE beside this file)\n"
            f"files dist/mermaid.esm.min.mjs and dist/chunks/mermaid.esm.min/*.mjs, source-map comments removed\n"
            f"made by scripts/vendor_mermaid.py\n",
            encoding="utf-8",
        )
    print(
        f"vendored mermaid {info['version']}: {len(files)} files, {size / 1e6:.1f} MB, into {TARGET.relative_to(ROOT)}"
    )


if __name__ == "__main__":
    main()
