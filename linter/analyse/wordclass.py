"""Which parts of speech a token can be, without a tagger.

Finding what a loaded word describes, or whether the word inside "sent fresh
shockwaves" is a modifier, needs to know whether a token can be a noun, an adjective,
an adverb or a verb. The closed classes (determiners, prepositions, pronouns, linking
verbs) are listed in ``vocab/wordclass.toml``; the open classes come from LemmInflect's
lemma dictionary (every form it knows with its parts of speech). The dictionary is read
once, when the table is first needed, and kept on disk; only words that can be more than
a noun are stored (38,000 forms): a word the table does not hold is taken for a noun.
The table is kept in parts by a word's first three letters and a run unpacks only the
parts its words fall in (unpacking all of it cost 3 ms of a single-file run).
"""

from __future__ import annotations

from functools import lru_cache

from .cache import Sharded, cached, shard
from .inflect import LIBRARY
from .wordlists import read_toml

ADJ, ADV, NOUN, VERB = 1, 2, 4, 8
#: Bits of the parts of speech in the dictionary's file.
_BITS = {"adj": ADJ, "adv": ADV, "noun": NOUN, "verb": VERB, "aux": VERB}


@lru_cache(maxsize=1)
def _open_classes() -> Sharded:
    """The forms' part-of-speech bits (``table[norm]``; NOUN for a form it lacks)."""
    return Sharded(cached(f"wordclass-{LIBRARY}-parts.marshal", lambda: shard(_build(), 3)), NOUN)


def _build() -> dict[str, int]:
    """Forms that can be something other than a noun, with their part-of-speech bits."""
    try:
        from importlib import resources
        raw = resources.files("lemminflect").joinpath("resources/lemma_lu.csv.gz").read_bytes()
    except (ImportError, OSError):  # pragma: no cover - a broken install: every word a noun
        return {}
    import gzip

    table: dict[str, int] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        form, pos, *_ = line.split(",")
        key = form.lower()
        table[key] = table.get(key, 0) | _BITS.get(pos, 0)
    return {w: bits for w, bits in table.items() if bits != NOUN}


@lru_cache(maxsize=1)
def closed() -> dict[str, frozenset[str]]:
    """The closed classes of ``vocab/wordclass.toml`` by name."""
    return {k: frozenset(v) for k, v in read_toml("wordclass.toml").items()}


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """Every word of a closed class: never a noun phrase's content word."""
    c = closed()
    return c["determiners"] | c["prepositions"] | c["conjunctions"] | c["pronouns"] | c["linking"]


def parts(norm: str) -> int:
    """Part-of-speech bits of a token norm (NOUN for a word the dictionary does not know,
    0 for a function word, punctuation or a number)."""
    if not norm[:1].isalpha() or norm in function_words():
        return 0
    return _open_classes()[norm]


def is_modifier(norm: str) -> bool:
    """An adjective or adverb, the word a [mod] slot accepts ("sent fresh shockwaves")."""
    bits = parts(norm)
    return bool(bits & (ADJ | ADV)) or (norm.endswith("ly") and bits != 0)


def is_object_word(norm: str) -> bool:
    """A content word or a number that may belong to a short object noun phrase."""
    return norm[:1].isdigit() or (parts(norm) != 0 and not parts(norm) == ADV)
