"""The vocabularies attribution and quotation analysis read: reporting cues with their
classes (``vocab/cues.toml``) and source words (``vocab/sources.toml``), built once per
process."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .lexicon import Lexicon

#: Where the vocabulary files are (package data).
VOCAB_PACKAGE = "linter"
VOCAB_DIR = "vocab"


@dataclass
class Vocab:
    #: Reporting cues: payload (class, type) with type verb, noun or phrase.
    cues: Lexicon
    #: Single-word source lists by key (role_nouns, vague, org_suffixes, ...).
    sources: dict[str, frozenset[str]]
    #: The same lists as phrase lexicons, for multi-word entries.
    phrases: dict[str, Lexicon]
    #: Places and buildings that stand for an institution (Kyiv, the Kremlin).
    metonyms: frozenset[str]


def read_toml(name: str) -> dict:
    """A vocabulary file of the package, parsed."""
    base = resources.files(VOCAB_PACKAGE).joinpath(VOCAB_DIR)
    return tomllib.loads(base.joinpath(name).read_text("utf-8"))


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    """Cue and source vocabulary, built once per process."""
    cues_data = read_toml("cues.toml")
    src = read_toml("sources.toml")
    cues = Lexicon()
    for table in cues_data.get("cue", []):
        for term in table["terms"]:
            cues.add(term, (table["class"], table["type"]))
    phrases: dict[str, Lexicon] = {}
    words: dict[str, frozenset[str]] = {}
    for key, values in src.items():
        if key == "metonyms" or not isinstance(values, list):
            continue
        phrases[key] = Lexicon.of(values, key)
        words[key] = frozenset(t.strip().lower().rstrip("+") for t in values if " " not in t.strip())
    return Vocab(cues, words, phrases, frozenset(src.get("metonyms", [])))
