"""Check kinds implemented in code; rules (rules/*.toml) give them data."""

from __future__ import annotations

from .balance import AsymmetryCheck, BalanceCheck
from .base import Check
from .directive import DirectiveCheck
from .framing import HeadlineCheck, JuxtapositionCheck, QuestionCheck
from .lexicon import LexiconCheck
from .quotation import QuotationCheck
from .readability import ReadabilityCheck
from .repetition import NearDuplicateCheck, RepetitionCheck
from .residue import ResidueCheck, classify
from .sourcing import AllegationCheck, AnonymousSourceCheck, UnsourcedFigureCheck, VagueSourceCheck

KINDS: dict[str, type[Check]] = {
    cls.kind: cls
    for cls in (LexiconCheck, ResidueCheck, RepetitionCheck, NearDuplicateCheck, ReadabilityCheck,
                VagueSourceCheck, AnonymousSourceCheck, UnsourcedFigureCheck, AllegationCheck,
                QuotationCheck, AsymmetryCheck, BalanceCheck, JuxtapositionCheck, HeadlineCheck,
                DirectiveCheck, QuestionCheck)
}

__all__ = ["KINDS", "Check", "classify"]
