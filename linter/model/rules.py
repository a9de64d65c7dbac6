"""Rules and rule families as loaded from the packs: a check kind plus data and policy."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SEVERITIES = ("info", "warning", "error")
RANK = {name: i for i, name in enumerate(SEVERITIES)}
#: Kinds of piece (``--genre``). Outside news the writer's voice is often legitimate:
#: a review rates the film, a match report judges the play, a column argues. Rules list
#: where their findings are only information (``demote``).
GENRES = ("news", "analysis", "opinion", "review", "sport", "obituary", "letters")
#: The genre setting that recognises the genre from the text (linter.analyse.genre).
AUTO = "auto"
#: What a finding is about (``scope`` in a pack): the words it is placed on, or the
#: article as a whole (a reading grade, one-sided sourcing), whose span only says where
#: it shows; reports list those apart, and they are never related to the words they sit on.
SCOPES = ("span", "article")
#: Prefix of ``Rule.pack`` for the packs shipped with newslint (their data is checked by
#: the test suite, so loading them skips the costlier checks a house pack gets).
BUILTIN_MARK = "builtin:"


def family_of(code: str) -> str:
    """A code's family: its letters (``LOAD001`` -> ``LOAD``)."""
    return code.rstrip("0123456789")


@dataclass
class Rule:
    """One rule: a code and wording for a check kind, its data, and its policy."""

    code: str
    name: str
    kind: str
    severity: str
    enabled: bool
    summary: str
    message: str
    rationale: str = ""
    fix: str = ""
    positive: list[str] = field(default_factory=list)
    negative: list[str] = field(default_factory=list)
    options: dict[str, Any] = field(default_factory=dict)
    data: dict[str, Any] = field(default_factory=dict)
    fixable: bool = False
    #: The pack file it came from ("builtin:" first for the packs shipped with newslint).
    pack: str = ""
    #: How the test suite reads the examples: "snippet" (body text) or "txt" (headline first).
    example_format: str = "snippet"
    #: The kinds of piece the rule runs on: a column may say "I", a news story should not.
    genres: tuple[str, ...] = GENRES
    #: Kinds of piece where its findings are only information (the writer's voice is legitimate).
    demote: tuple[str, ...] = ()
    #: In the headline and first paragraph its info findings become warnings.
    promote: bool = False
    #: A warning of this rule marks its sentence as the writer's judgement (sourcing profile).
    opinion: bool = False
    #: "article": a finding about the whole article, not the words it is placed on.
    scope: str = "span"
    #: How narrow a diagnosis the rule makes, when findings on the same words are
    #: related (linter.lint.related): None takes its family's.
    specificity: int | None = None

    @property
    def family(self) -> str:
        return family_of(self.code)

    @property
    def builtin(self) -> bool:
        return self.pack.startswith(BUILTIN_MARK)

    @property
    def pack_path(self) -> str:
        return self.pack.removeprefix(BUILTIN_MARK)


@dataclass(frozen=True)
class Family:
    """A family of rules as reports name and colour it (pack metadata)."""

    prefix: str
    name: str
    #: Background tint behind flagged text and the ink for underline and badge.
    tint: str
    ink: str
    #: How narrow a diagnosis the family's rules make (higher: more specific): of two
    #: findings on the same words with the same severity, the more specific is shown.
    specificity: int = 0
