"""Kind ``lexicon``: curated words and phrases in the writer's own voice."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Iterator, Sequence

from .._version import __version__
from ..analyse.cache import cached
from ..analyse.inflect import inflect, table_key, tag_of
from ..analyse.lexicon import Lexicon, PhraseSet
from ..model.article import RESIDUE, TITLE_CASE_KINDS
from ..model.doc import Doc
from ..model.findings import Hit
from ..model.rules import Rule
from .base import Check, Option, render
_NAME_LEAD = re.compile(r"(?:^|[.!?:;]\s+|[“\"‘(\[—–-]\s*)$")
_LEAD = re.compile(r"^[\s“”\"‘’'(\[—–-]*(?:(?:and|but|yet|so|still|now)\s*,?\s*)?$", re.IGNORECASE)
GROUP_KEYS = {"label", "severity", "replace", "replacements", "terms", "require_before",
              "reject_before", "require_after", "reject_after", "sentence_start", "match_names", "promote",
              "fixable"}


_CONTEXT = ("require_before", "reject_before", "require_after", "reject_after")


@dataclass
class _Group:
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
    _compiled: dict = field(default_factory=dict, repr=False)

    def regex(self, key: str) -> re.Pattern | None:
        if key not in self._compiled:
            self._compiled[key] = _compile(key, self.patterns.get(key))
        return self._compiled[key]


def _compile(key: str, pattern: str | None) -> re.Pattern | None:
    """``*_before`` patterns are anchored at the end of the text before the term,
    ``*_after`` patterns at the start of the text after it."""
    if not pattern:
        return None
    if key.endswith("before"):
        return re.compile(rf"(?:{pattern})\s*$", re.IGNORECASE)
    return re.compile(rf"\s*(?:{pattern})", re.IGNORECASE)


class LexiconCheck(Check):
    kind = "lexicon"
    DATA = {
        "groups": Option(list, [], "tables of terms with their wording and context conditions", items=dict),
        "exceptions": Option(list, [], "phrases (with ... gaps) whose matches are dropped"),
        "quotes": Option(str, "attributed", "skip matches inside attributed quotations, or any",
                         ("attributed", "any")),
        "reported_speech": Option(str, "shield", "skip matches in a vouched source's reported speech",
                                  ("shield", "ignore")),
    }
    REQUIRED = ("groups",)

    @classmethod
    def validate(cls, rule: Rule) -> None:
        groups = rule.data["groups"]
        if not groups:
            raise ValueError("'groups' must be a non-empty list of tables")
        for g in groups:
            unknown = set(g) - GROUP_KEYS
            if unknown:
                raise ValueError(f"unknown group key {sorted(unknown)[0]!r}")
            if not g.get("terms"):
                raise ValueError("every group needs 'terms'")
            for key in _CONTEXT:
                if g.get(key):
                    if not isinstance(g[key], str):
                        raise TypeError(f"{key} must be a regular expression string")
                    if not rule.builtin:
                        _compile(key, g[key])  # house packs: report a bad pattern at load time
        if not all(e.strip() for e in rule.data["exceptions"]):
            raise TypeError("exceptions must be a list of phrases")

    def __init__(self, rules: list[Rule]) -> None:
        super().__init__(rules)
        self.groups: list[_Group] = []
        self.exceptions = PhraseSet()
        for rule in rules:
            for phrase in rule.data["exceptions"]:
                self.exceptions.add(phrase, rule.code)
            for g in rule.data["groups"]:
                self.groups.append(_Group(
                    rule, g.get("label", ""), g.get("severity", rule.severity), g.get("replace"),
                    dict(g.get("replacements", {})), {k: g[k] for k in _CONTEXT if g.get(k)},
                    bool(g.get("sentence_start", False)), bool(g.get("match_names", False)),
                    rule.data["quotes"] == "any", rule.data["reported_speech"] == "shield",
                    bool(g.get("promote", True)), bool(g.get("fixable", rule.fixable)),
                ))
        self.lexicon = Lexicon(cached(f"lexicon-{self._digest()}.marshal", self._build))

    def _digest(self) -> str:
        """Identity of the compiled trie: the code version and every rule's groups."""
        payload = json.dumps([__version__, table_key(), [(r.code, r.data["groups"]) for r in self.rules]],
                             sort_keys=True, ensure_ascii=False)
        return hashlib.sha1(payload.encode("utf-8")).hexdigest()[:16]

    def _build(self) -> dict:
        """The token trie of every term; payloads are (group index, term)."""
        lexicon = Lexicon()
        gi = 0
        for rule in self.rules:
            for g in rule.data["groups"]:
                for term in g["terms"]:
                    lexicon.add(term, (gi, term))
                gi += 1
        return lexicon.root

    def check(self, doc: Doc, hits: Sequence[Hit] = ()) -> Iterator[Hit]:
        for si, sent in enumerate(doc.sentences):
            if doc.block_of(si).kind == RESIDUE:
                continue
            found = list(self.lexicon.matches(doc.tok_norm, sent.first, sent.last))
            if found:
                yield from self._hits(doc, _merge(self._valid(doc, si, found)))

    def _valid(self, doc: Doc, si: int, found: list) -> list[tuple[int, int, _Group, str]]:
        """The candidates that meet their own group's conditions: not excepted, in the
        writer's voice (not a speaker's quotation or reported speech), not a name, in
        the context the group asks for."""
        sent, text = doc.sentences[si], doc.text
        excepted = self.exceptions.spans(doc.tok_norm, sent.first, sent.last)
        titled = doc.block_of(si).kind in TITLE_CASE_KINDS
        valid = []
        for m in found:
            gi, term = m.payload
            group = self.groups[gi]
            code = group.rule.code
            if any(c == code and f <= m.first and m.last <= l for c, f, l in excepted):
                continue
            start, end = doc.span(m.first, m.last)
            quote = doc.quote_at(start, end)
            if quote is not None and (quote.attributed or group.any_quote):
                continue
            if group.shield and doc.shielded(start, end):
                continue  # reported speech of a named or described source: theirs
            if not (titled or group.match_names) and _proper_name(text, sent.start, start, end):
                continue
            if not self._context_ok(group, text, sent.start, sent.end, start, end):
                continue
            valid.append((m.first, m.last, group, term))
        return valid

    def _hits(self, doc: Doc, kept: dict[str, list]) -> Iterator[Hit]:
        for spans in kept.values():
            for first, last, group, term in spans:
                start, end = doc.span(first, last)
                written = doc.text[start:end]
                replacement = _replacement(group, term, written) if term else None
                yield Hit(
                    group.rule.code, start, end,
                    render(group.rule.message, text=written, label=group.label, replacement=replacement or ""),
                    group.severity, replacement, promote=group.promote,
                    fixable=group.fixable and replacement is not None,
                )

    @staticmethod
    def _context_ok(g: _Group, text: str, s0: int, s1: int, start: int, end: int) -> bool:
        before = text[s0:start]
        after = text[end:s1]
        if g.sentence_start and not _LEAD.match(before):
            return False
        if not g.patterns:
            return True
        rb, xb = g.regex("require_before"), g.regex("reject_before")
        ra, xa = g.regex("require_after"), g.regex("reject_after")
        if rb and not rb.search(before):
            return False
        if xb and xb.search(before):
            return False
        if ra and not ra.match(after):
            return False
        if xa and xa.match(after):
            return False
        return True


def _merge(valid: list[tuple[int, int, _Group, str]]) -> dict[str, list]:
    """Overlapping hits of one rule as one finding ("sent shockwaves" and "shockwaves
    through"); the longest, earliest term gives the wording (None when merged longer)."""
    valid.sort(key=lambda v: (v[0], -(v[1] - v[0])))
    kept: dict[str, list] = {}
    for first, last, group, term in valid:
        spans = kept.setdefault(group.rule.code, [])
        if spans and first < spans[-1][1]:
            f, l, g, t = spans[-1]
            spans[-1] = (f, max(l, last), g, t if last <= l else None)
            continue
        spans.append((first, last, group, term))
    return kept


def _proper_name(text: str, sent_start: int, start: int, end: int) -> bool:
    """True for a capitalised match inside a sentence: a name or title ("Shameless",
    "Shady Records"), not the writer's word. Sentence-initial capitals do not count."""
    words = text[start:end].split()
    if not all(w[:1].isupper() for w in words):
        return False
    before = text[sent_start:start]
    return not _NAME_LEAD.search(before)


def _replacement(group: _Group, term: str, written: str) -> str | None:
    """The suggested replacement, inflected like the matched word and cased like it."""
    key = term.replace("+", "")
    repl = group.replacements.get(key, group.replacements.get(term, group.replace))
    if not repl:
        return repl  # None: no suggestion; "": delete the words
    words = term.split()
    if len(words) == 1 and term.endswith("+") and " " not in repl:
        repl = _inflect_like(repl, key, written.lower())
    if written[:1].isupper() and repl[:1].islower():
        repl = repl[0].upper() + repl[1:]
    return repl


def _inflect_like(repl: str, base: str, form: str) -> str:
    """Give ``repl`` the inflection ``form`` has relative to ``base`` (claiming -> saying)."""
    tag = tag_of(form, base) if form != base else None
    if tag is None:
        return repl
    return inflect(repl, tag) or inflect(repl, {"VBN": "VBD", "VBD": "VBN", "NNS": "VBZ"}.get(tag, tag)) or repl
