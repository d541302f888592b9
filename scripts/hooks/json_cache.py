"""A build cache kept as one JSON file in .cache/: read it whole, write it whole.

Used by highlight_cache.py and segment_cache.py (not a hook itself: MkDocs puts
each hook's folder on sys.path, so they import it from here).
"""

from __future__ import annotations

import json
import os
from pathlib import Path


def read(file: Path) -> dict:
    """What the last build kept, or nothing (no file yet, or a damaged one)."""
    try:
        return json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def write(file: Path, kept: dict) -> None:
    """Replace the file with `kept`, whole or not at all, for a build running alongside."""
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        partial = file.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(json.dumps(kept, ensure_ascii=False), encoding="utf-8")
        os.replace(partial, file)
    except OSError:
        pass  # a read-only checkout: the next build does the work again
