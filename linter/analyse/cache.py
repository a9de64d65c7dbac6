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


#: The cache directory, by what names it in the environment (a run looks it up some 170
#: times: pathlib's home look-up each time cost a single-file run about 4 ms).
_DIRS: dict[tuple[str | None, ...], tuple[Path, str]] = {}


def _where() -> tuple[Path, str]:
    key = (os.environ.get("NEWSLINT_CACHE_DIR"), os.environ.get("XDG_CACHE_HOME"), os.environ.get("HOME"))
    found = _DIRS.get(key)
    if found is None:
        base = key[0] or key[1] or Path.home() / ".cache"
        path = Path(base) / "newslint"
        found = _DIRS[key] = (path, str(path))
    return found


def cache_dir() -> Path:
    """Where newslint keeps derived data (NEWSLINT_CACHE_DIR, XDG_CACHE_HOME or ~/.cache)."""
    return _where()[0]


def cached(name: str, build):
    """Load a marshal-able value from the cache, or build it and try to store it."""
    try:
        with open(os.path.join(_where()[1], name), "rb") as fh:
            return marshal.loads(fh.read())
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
