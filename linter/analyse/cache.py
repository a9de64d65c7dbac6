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

# The digests that name cache files come from the interpreter's own BLAKE2: ``hashlib``
# loads OpenSSL first (about 2.5 ms of a single-file run's start), and the interpreter's
# own SHA-1 and SHA-256 are several times slower than BLAKE2 on the packs' 300 KB.
try:
    from _blake2 import blake2b
except ImportError:  # another implementation
    import hashlib
    blake2b = hashlib.blake2b


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


def key_of(data: bytes) -> str:
    """A short content key for a cache file's name (16 hex digits)."""
    return blake2b(data, digest_size=8).hexdigest()


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


def shard(table: dict, width: int) -> dict:
    """A table split by the first ``width`` characters of its keys, each part marshalled
    on its own (what ``Sharded`` reads back; marshal-able itself)."""
    parts: dict[str, dict] = {}
    for key, value in table.items():
        parts.setdefault(key[:width], {})[key] = value
    return {"width": width, "parts": {p: marshal.dumps(part) for p, part in parts.items()}}


class Sharded(dict):
    """A table read back part by part: ``table[key]`` unpacks the part its key falls in
    on first use (a run meets a small share of a big table's keys, and unpacking all of
    it cost more than the run's other start-up work). A key the table lacks is
    ``default``, remembered (up to ``remember`` keys in all) so that looking it up again
    stays a plain dictionary look-up."""

    def __init__(self, stored: dict, default=None, remember: int = 64_000) -> None:
        super().__init__()
        self._width = stored["width"]
        self._blobs = dict(stored["parts"])
        self._default = default
        self._remember = remember

    def __missing__(self, key):
        blob = self._blobs.pop(key[:self._width], None)
        if blob is not None:
            self.update(marshal.loads(blob))
            if key in self:
                return dict.__getitem__(self, key)
        if len(self) < self._remember:
            self[key] = self._default
        return self._default
