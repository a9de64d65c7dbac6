"""Check kinds implemented in code; rules (rules/*.toml) give them data."""

from __future__ import annotations

from .base import Check
from .lexicon import LexiconCheck
from .readability import ReadabilityCheck
from .repetition import NearDuplicateCheck, RepetitionCheck
from .residue import ResidueCheck, classify

KINDS: dict[str, type[Check]] = {
    cls.kind: cls
    for cls in (LexiconCheck, ResidueCheck, RepetitionCheck, NearDuplicateCheck, ReadabilityCheck)
}

__all__ = ["KINDS", "Check", "classify"]
