"""A small on-disk cache for data derived from installed files.

Parsing dictionaries and rule packs and building the lexicon trie cost more than
linting an article; their results are plain data, so they are stored with
``marshal`` under the user's cache directory, keyed by content or version. A
cache that cannot be written (a read-only home) only costs speed.
"""

from __future__ import annotations

import marshal
import os
from pathlib import Path


def cache_dir() -> Path:
    """Where newslint keeps derived data (NEWSLINT_CACHE_DIR, XDG_CACHE_HOME or ~/.cache)."""
    base = os.environ.get("NEWSLINT_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "newslint"


def cached(name: str, build):
    """Load a marshal-able value from the cache, or build it and try to store it."""
    path = cache_dir() / name
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        pass
    value = build()
    store(name, value)
    return value


def store(name: str, value, directory: Path | None = None) -> None:
    """Write a marshal-able value to the cache (atomically; ``directory``: another cache
    directory than the current one); a read-only home only costs speed."""
    import tempfile  # only writing pays for it

    path = (directory or cache_dir()) / name
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as fh:
            fh.write(marshal.dumps(value))
        os.replace(fh.name, path)
    except (OSError, ValueError):
        pass  # a read-only home: keep the value in memory for this run
