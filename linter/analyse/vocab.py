"""The vocabularies attribution and quotation analysis read: reporting cues with their
classes (``vocab/cues.toml``) and source words (``vocab/sources.toml``), built once per
process; and, re-exported from ``wordlists``, every other word list of ``vocab/``.
Analysers and checks read vocabulary through this module."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache

from .lexicon import Lexicon, cached_root
from .wordlists import read_toml, word_set, word_table

__all__ = ["Vocab", "vocab", "read_toml", "word_set", "word_table"]


@dataclass
class Vocab:
    """The cue and source vocabularies attribution reads."""

    #: Reporting cues: payload (class, type) with type verb, noun or phrase.
    cues: Lexicon
    #: Single-word source lists by key (role_nouns, vague, org_suffixes, ...).
    sources: dict[str, frozenset[str]]
    #: The same lists as phrase lexicons, for multi-word entries.
    phrases: dict[str, Lexicon]
    #: Places and buildings that stand for an institution (Kyiv, the Kremlin).
    metonyms: frozenset[str]

    @cached_property
    def source_words(self) -> frozenset[str]:
        """Every single word of every source list: a capitalised one is a common noun
        ("Officials said"), not a name."""
        return frozenset().union(*self.sources.values())


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    """Cue and source vocabulary, built once per process."""
    cues_data = read_toml("cues.toml")
    src = read_toml("sources.toml")
    tables = [(table["class"], table["type"], list(table["terms"])) for table in cues_data.get("cue", [])]

    def build_cues() -> dict:
        cues = Lexicon()
        for cls, typ, terms in tables:
            for term in terms:
                cues.add(term, (cls, typ))
        return cues.root

    cues = Lexicon(cached_root("cues", tables, build_cues))
    phrases: dict[str, Lexicon] = {}
    words: dict[str, frozenset[str]] = {}
    for key, values in src.items():
        if key == "metonyms" or not isinstance(values, list):
            continue
        phrases[key] = Lexicon.of(values, key)
        words[key] = frozenset(t.strip().lower().rstrip("+") for t in values if " " not in t.strip())
    return Vocab(cues, words, phrases, frozenset(src.get("metonyms", [])))
