"""The sourcing profile of one article as plain data (computed by linter.lint.profile)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .doc import Genre


@dataclass(frozen=True)
class SourceCount:
    """A source (entity, or its words when unnamed) and in how many sentences it speaks."""

    tier: str
    source: str
    sentences: int


@dataclass(frozen=True)
class Quoted:
    """How many quotations and quoted words (one speaker's or the article's)."""

    quotes: int
    words: int


@dataclass(frozen=True)
class VerbUse:
    """A reporting cue as written and its class (neutral, doubt, concession, ...)."""

    text: str
    cls: str


@dataclass
class EntityVerbs:
    """The cues used for one entity's statements, and how many frame them."""

    verbs: list[VerbUse] = field(default_factory=list)
    framed: int = 0
    total: int = 0
    skew: float = 0.0


@dataclass(frozen=True)
class Asymmetry:
    """The entity whose statements are framed most, against everyone else: the shares
    and the counts behind them (the same statements ATTR004 counts)."""

    entity: str
    skew: float
    others: float
    difference: float
    framed: int = 0
    total: int = 0
    others_framed: int = 0
    others_total: int = 0


@dataclass
class Profile:
    """The article's sourcing profile: sources, attributions per tier, quoted words,
    reporting verbs, opinion share and genre."""

    sources: list[SourceCount]
    #: Attributions per tier, every tier present (zero when unused).
    tiers: dict[str, int]
    quoted: dict[str, Quoted]
    unattributed_quotes: int
    verbs: dict[str, EntityVerbs]
    asymmetry: Asymmetry | None
    body_sentences: int
    opinion_sentences: int
    opinion_share: float
    #: The kind of piece the article was linted as, and why.
    genre: Genre | None = None
