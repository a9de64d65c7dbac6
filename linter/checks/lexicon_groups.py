"""The groups of a lexicon rule: their keys, validation and the context conditions a
match must meet (the matching itself is ``checks.lexicon``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..analyse import recache
from ..analyse.prefilter import cached_needs, may_match_between, needs
from ..analyse.inflect import DERIVATIONS
from ..analyse.targets import COUNT, NAME, NUMBER, Target, literal_only_classes
from ..model.rules import SEVERITIES, Rule

GROUP_KEYS = {"label", "severity", "replace", "replacements", "terms", "require_before",
              "reject_before", "require_after", "reject_after", "sentence_start", "match_names", "promote",
              "fixable", "targets", "literal", "untargeted", "unrecognised", "require_article", "derive",
              "info_article", "intensified", "named_next", "shouted", "refuted_next"}
CONTEXT = ("require_before", "reject_before", "require_after", "reject_after")
#: ``untargeted`` may also drop the match.
OFF = "off"
#: How many characters either side of a match its context patterns read.
CONTEXT_REACH = 400
#: Punctuation around a neighbouring word ("NO, NEVER", "(NOT").
_MARKS = "\"'“”‘’()[],.;:!?—–-"
_LEAD = recache.compile(r"^[\s“”\"‘’'(\[—–-]*(?:(?:and|but|yet|so|still|now)\s*,?\s*)?$", re.IGNORECASE)


@dataclass
class Group:
    """One group of a rule's terms with its wording and context conditions.

    Context patterns are compiled on first use: a run touches only the groups
    whose terms occur, and compiling every pattern up front costs more than
    linting an article.
    """

    rule: Rule
    label: str
    severity: str
    replace: str | None
    replacements: dict[str, str]
    patterns: dict[str, str]
    sentence_start: bool
    match_names: bool
    any_quote: bool
    shield: bool
    promote: bool
    #: The replacement is safe to apply unreviewed (``--fix``): the group's or rule's "fixable".
    fixable: bool
    #: Classes of what the word describes that make it a judgement (empty: any).
    targets: frozenset[str] = frozenset()
    #: Classes of what the word describes that make it literal: the match is dropped.
    literal: frozenset[str] = frozenset()
    #: Severity when ``targets`` are set and none is found ("off": not reported).
    untargeted: str = "info"
    #: Severity when ``targets`` are set and what the word describes has no class at all
    #: (None: as ``untargeted``); a class outside the targets still gives ``untargeted``.
    unrecognised: str | None = None
    #: Terms one of which the article must contain elsewhere (a naming convention in use).
    require_article: tuple[str, ...] = ()
    #: Severity when the next sentence names who makes the same point (None: unchanged).
    named_next: str | None = None
    #: Severity of an info match right after a degree word ("deeply disturbing"; None: as it is).
    intensified: str | None = None
    #: Only a match written in capitals in a sentence in ordinary case ("he broke NO law"):
    #: the writer shouts the word (never a name, so the capitals do not make it one).
    shouted: bool = False
    #: Terms whose use elsewhere in the article makes a match info: the story's subject gives
    #: the word its plain sense (a lawsuit's "claiming that", a con artist's "claimed that").
    info_article: tuple[str, ...] = ()
    #: A pattern of the writer's verdict that the next sentence gives on what the match
    #: reports ("(He was not.)", "in fact", "deemed false"): the match is then dropped.
    refuted_next: str | None = None
    _compiled: dict = field(default_factory=dict, repr=False)
    _needs: dict = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, rule: Rule, g: dict) -> "Group":
        return cls(
            rule, g.get("label", ""), g.get("severity", rule.severity), g.get("replace"),
            dict(g.get("replacements", {})), {k: g[k] for k in CONTEXT if g.get(k)},
            bool(g.get("sentence_start", False)), bool(g.get("match_names", False)),
            rule.data["quotes"] == "any", rule.data["reported_speech"] == "shield",
            bool(g.get("promote", True)), bool(g.get("fixable", rule.fixable)),
            frozenset(g.get("targets", ())), frozenset(g.get("literal", ())),
            g.get("untargeted", "info"), g.get("unrecognised"), tuple(g.get("require_article", ())),
            g.get("named_next"), g.get("intensified"), bool(g.get("shouted", False)),
            info_article=tuple(g.get("info_article", ())), refuted_next=g.get("refuted_next"),
        )

    @property
    def reads_target(self) -> bool:
        return bool(self.targets or self.literal)

    def judge(self, target: Target) -> str | None:
        """The severity of a match given what it describes, or None when it is literal."""
        if target.classes & self.literal:
            return None
        classes = target.classes - literal_only_classes()  # not literal here: as if unknown
        if self.targets and not classes & self.targets:
            fallback = self.untargeted if classes or self.unrecognised is None else self.unrecognised
            return None if fallback == OFF else fallback
        return self.severity

    def promotes(self, severity: str) -> bool:
        """Whether position may raise a hit at ``severity``: not when the group lowered it
        because the word judges nothing its targets name (a lede does not change that)."""
        untargeted = bool(self.targets) and severity in (self.untargeted, self.unrecognised) and severity != self.severity
        return self.promote and not untargeted

    def shouts(self, text: str, s0: int, s1: int, start: int, end: int) -> bool:
        """Whether the match is written in capitals in a sentence that is not, and next to
        no other word in capitals: emphasis in ordinary copy, not a headline, a sign ("NO
        ENTRY") or a name set in capitals."""
        word = text[start:end]
        if not (word.isupper() and sum(c.isalpha() for c in word) >= 2):
            return False
        before, after = text[s0:start].split(), text[end:s1].split()
        if any(w.strip(_MARKS).isupper() for w in before[-1:] + after[:1]):
            return False
        rest = text[s0:start] + text[end:s1]
        return sum(c.islower() for c in rest) > 2 * sum(c.isupper() for c in rest)

    def regex(self, key: str) -> re.Pattern | None:
        if key not in self._compiled:
            self._compiled[key] = compile_context(key, self.patterns.get(key))
        return self._compiled[key]

    def needs(self, key: str) -> tuple[tuple[str, ...], ...]:
        """Sets of strings every match of a context pattern holds one of (``prefilter``):
        where the text around a match lacks them, the pattern is not run. The lexicon
        check reads every group's from the cache once (``context_needs``)."""
        got = self._needs.get(key)
        if got is None:
            pattern = self.patterns.get(key)
            got = self._needs[key] = needs(context_source(key, pattern), re.IGNORECASE) if pattern else ()
        return got

    def context_ok(self, text: str, s0: int, s1: int, start: int, end: int, folded: str | None = None) -> bool:
        """The group's conditions on the text before and after the match, in its sentence,
        read within ``CONTEXT_REACH`` characters each side (every pattern in the packs is
        anchored at the match and reaches far less; the bound keeps a sentence of a
        thousand matches linear). ``folded``: the text in lower case (``prefilter.fold``,
        as long as the text), where a pattern's needed strings are looked for before it
        runs: a pattern anchored at the match's end is tried at every character before it."""
        if not (self.patterns or self.sentence_start):
            return True  # most groups: nothing to read
        lo = max(s0, start - CONTEXT_REACH)
        if self.sentence_start and lo > s0:
            return False  # the sentence's start is further back than any lead-in
        hi = min(s1, end + CONTEXT_REACH)
        before = text[lo:start]
        if self.sentence_start and not _LEAD.match(before):
            return False
        if not self.patterns:
            return True
        if folded is not None and len(folded) != len(text):
            folded = None
        for key, wanted in (("require_before", True), ("reject_before", False)):
            rx = self.regex(key)
            if rx and (folded is None or may_match_between(self.needs(key), folded, lo, start)):
                found = rx.search(before) is not None
            else:
                found = False  # no pattern, or the text lacks what every match holds
            if rx and found != wanted:
                return False
        after = text[end:hi]
        for key, wanted in (("require_after", True), ("reject_after", False)):
            rx = self.regex(key)
            if rx and (folded is None or may_match_between(self.needs(key), folded, end, hi)):
                found = rx.match(after) is not None
            else:
                found = False
            if rx and found != wanted:
                return False
        return True


def context_needs(groups: list["Group"]) -> None:
    """Give every group the ``needs`` of its context patterns from one cached table (reading
    the parse trees of them all cost a run more than the patterns save on one article)."""
    sources = sorted({context_source(k, p) for g in groups for k, p in g.patterns.items()})
    table = cached_needs(sources, re.IGNORECASE) if sources else {}
    for g in groups:
        g._needs.update((k, tuple(map(tuple, table[context_source(k, p)]))) for k, p in g.patterns.items())


def context_source(key: str, pattern: str) -> str:
    """A context pattern as it is compiled: ``*_before`` anchored at the end of the text
    before the term, ``*_after`` at the start of the text after it."""
    return rf"(?:{pattern})\s*$" if key.endswith("before") else rf"\s*(?:{pattern})"


def compile_context(key: str, pattern: str | None) -> re.Pattern | None:
    """The compiled ``context_source`` of a pattern (None: no pattern)."""
    if not pattern:
        return None
    return recache.compile(context_source(key, pattern), re.IGNORECASE)


def validate_group(rule: Rule, g: dict, classes: set[str]) -> None:
    """Raise ValueError/TypeError for a malformed group (unknown keys or classes, bad types)."""
    unknown = set(g) - GROUP_KEYS
    if unknown:
        raise ValueError(f"unknown group key {sorted(unknown)[0]!r}")
    if not g.get("terms"):
        raise ValueError("every group needs 'terms'")
    for key in CONTEXT:
        if g.get(key):
            if not isinstance(g[key], str):
                raise TypeError(f"{key} must be a regular expression string")
            if not rule.builtin:
                compile_context(key, g[key])  # house packs: report a bad pattern at load time
    known = classes | {NAME, NUMBER, COUNT}
    for key in ("targets", "literal", "require_article", "info_article"):
        value = g.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise TypeError(f"{key} must be a list of strings")
        if key not in ("require_article", "info_article") and set(value) - known:
            raise ValueError(f"{key}: unknown class {sorted(set(value) - known)[0]!r} "
                             f"(known: {', '.join(sorted(known))})")
    derive = g.get("derive", [])
    if not isinstance(derive, list) or set(derive) - set(DERIVATIONS):
        raise ValueError(f"derive must be a list of {', '.join(DERIVATIONS)}")
    if g.get("intensified", "warning") not in SEVERITIES:
        raise ValueError(f"intensified must be one of {', '.join(SEVERITIES)}")
    if "refuted_next" in g:
        if not isinstance(g["refuted_next"], str):
            raise TypeError("refuted_next must be a regular expression")
        re.compile(g["refuted_next"])
    for key in ("untargeted", "unrecognised", "named_next"):
        if g.get(key, "info") not in (*SEVERITIES, OFF):
            raise ValueError(f"{key} must be one of {', '.join((*SEVERITIES, OFF))}")
