"""Check kinds implemented in code, one per module; rules (rules/*.toml) give them data.

``KINDS`` is the registry the packs are validated against and the engine builds checks
from. A new kind is a module here with a ``Check`` subclass, added to the tuple below.
"""

from __future__ import annotations

from .allegation import AllegationCheck
from .anonymous_source import AnonymousSourceCheck
from .asymmetry import AsymmetryCheck
from .balance import BalanceCheck
from .base import Check, Option
from .directive import DirectiveCheck
from .headline import HeadlineCheck
from .juxtaposition import JuxtapositionCheck
from .lexicon import LexiconCheck
from .naming import NamingCheck
from .near_duplicate import NearDuplicateCheck
from .question import QuestionCheck
from .quotation import QuotationCheck
from .readability import ReadabilityCheck
from .repetition import RepetitionCheck
from .residue import ResidueCheck
from .unsourced_figure import UnsourcedFigureCheck
from .vague_source import VagueSourceCheck

KINDS: dict[str, type[Check]] = {
    cls.kind: cls
    for cls in (LexiconCheck, ResidueCheck, RepetitionCheck, NearDuplicateCheck, ReadabilityCheck,
                VagueSourceCheck, AnonymousSourceCheck, UnsourcedFigureCheck, AllegationCheck,
                QuotationCheck, AsymmetryCheck, BalanceCheck, JuxtapositionCheck, HeadlineCheck,
                DirectiveCheck, QuestionCheck, NamingCheck)
}

__all__ = ["KINDS", "Check", "Option"]
