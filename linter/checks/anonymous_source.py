"""Kind ``anonymous-source``: "a source said" (warning); a described anonymous source
with no reason given for anonymity (info)."""

from __future__ import annotations

from typing import Iterator, Sequence

from ..analyse.lexicon import Lexicon
from ..analyse.vocab import vocab, word_set
from ..analyse.wordclass import ADJ, NOUN, parts
from ..model.doc import BARE, DESCRIBED, Doc, Frame
from ..model.findings import Hit
from ..model.rules import Rule
from .base import Check, Option, render, severity_option


class AnonymousSourceCheck(Check):
    kind = "anonymous-source"
    DATA = {"positions": Option(list, [], "words that make an unnamed source a position that could be named"),
            "affiliations": Option(list, [], "modifiers that say where a source sits (party, government)"),
            "access": Option(list, [], "phrases after a source that say where it was (on the call, in attendance)"),
            "attacks": Option(list, [], "acts of wrongdoing an anonymous source pins on someone (misled, lied, "
                              "covered up): such a source is reported at the rule's severity"),
            "requests": Option(list, [], "reasons that only say anonymity was asked for (asked not to be named): "
                               "no reason for an anonymous attack")}
    OPTIONS = {"described_severity": severity_option("info", "severity of a described source with no reason for anonymity")}

    def __init__(self, rules: list[Rule]) -> None:
        super().__init__(rules)
        # Words that make an unnamed source an anonymous one in the AP sense: someone
        # with a position who could have been named ("a senior official", "people
        # familiar with the talks"), not any description ("the former rapper").
        self.positions = {r.code: Lexicon.of(r.data["positions"]) for r in rules}
        self.affiliations = {r.code: frozenset(r.data["affiliations"]) for r in rules}
        self.access = {r.code: Lexicon.of(r.data.get("access", [])) for r in rules}
        self.attacks = {r.code: Lexicon.of(r.data.get("attacks", [])) for r in rules}
        self.requests = {r.code: Lexicon.of(r.data.get("requests", [])) for r in rules}

    def check(self, doc: Doc, hits: Sequence[Hit] = ()) -> Iterator[Hit]:
        text = doc.text
        reasons = vocab().phrases.get("anonymity_reasons")
        compounds = vocab().phrases.get("source_compounds")  # "open source", "source code"
        for rule in self.rules:
            markers = self.positions[rule.code]
            seen: set[tuple[int, int]] = set()
            earliest = len(text)  # where the first source with the word "source" starts
            for f in doc.frames:
                if f.source is None or f.inherited_from is not None or f.source in seen:
                    continue
                seen.add(f.source)
                s, e = f.source
                if "source" in text[s:e].lower():
                    earliest = min(earliest, s)
                if f.tier != BARE and (f.tier != DESCRIBED or f.entity is not None):
                    continue  # named, an organisation, vague ...: never anonymous (most frames; the
                    # tests below only rule a source out)
                if doc.shielded(s, e) or _introduced(doc, f, earliest) or _in_document(doc, f) or _adjective(doc, f):
                    continue  # "Investigators found ..., the sheriff's office said": the office vouches
                if f.tier == BARE and len(text[s:e].split()) <= 6 and not _bystander(doc, f):
                    if _affiliated(doc, f, self.affiliations[rule.code]) or self._present(doc, f, rule.code):
                        given = _given(doc, f, reasons)
                        attack = self._attacks(doc, f, rule.code) and (not given or self._only_requested(doc, given, rule.code))
                        yield Hit(rule.code, s, e, render(rule.message, text=text[s:e], label=_LABELS[attack]),
                                  rule.severity if attack else rule.options["described_severity"])
                    else:
                        yield Hit(rule.code, s, e, render(rule.message, text=text[s:e], label="bare"), rule.severity)
                elif f.tier == DESCRIBED and f.entity is None:
                    first, last = doc.token_at(s), doc.token_at(e - 1) + 1
                    technical = [(m.first, m.last) for m in compounds.matches(doc.tok_norm, first, last)] \
                        if compounds is not None else []
                    if not any(not any(a < m.last and m.first < b for a, b in technical)
                               for m in markers.matches(doc.tok_norm, first, last)):
                        continue  # no position, or only "source" in "open source developers"
                    attack = self._attacks(doc, f, rule.code)
                    given = _given(doc, f, reasons)
                    if given and not (attack and self._only_requested(doc, given, rule.code)):
                        continue
                    yield Hit(rule.code, s, e, render(rule.message, text=text[s:e], label=_LABELS[attack]),
                              rule.severity if attack else rule.options["described_severity"])

    def _attacks(self, doc: Doc, f: Frame, code: str) -> bool:
        """Whether what the anonymous source is reported saying pins wrongdoing on someone
        ("said the board had been misled", "said the minister lied"): Reuters bars anonymous
        sources from launching attacks, so a description alone does not make it acceptable."""
        lex = self.attacks[code]
        for g in doc.frames_in(f.sentence):  # "who asked not to be named, said ...": each cue of the source
            if g.source != f.source:
                continue
            for a, b in g.content:
                first, last = doc.token_at(a), doc.token_at(max(a, b - 1)) + 1
                if any(True for _ in lex.matches(doc.tok_norm, first, last)):
                    return True
        return False

    def _only_requested(self, doc: Doc, given: list, code: str) -> bool:
        """Whether every reason given only says the source asked for anonymity ("who asked
        not to be named"), not why it was granted."""
        requests = self.requests[code]
        return all(any(r.first <= m.first and m.last <= r.last for r in requests.matches(doc.tok_norm, m.first, m.last))
                   for m in given)


    def _present(self, doc: Doc, f: Frame, code: str) -> bool:
        """"a source listening in on the call", "someone in attendance", "sources who reviewed
        the deals": the source is placed where it heard or read what it reports (in its own
        words or a relative clause right after them), described, not bare (still no reason
        for anonymity)."""
        first, last = doc.token_at(f.source[0]), doc.token_at(f.source[1] - 1) + 1
        access = self.access[code]
        if any(True for _ in access.matches(doc.tok_norm, first, last)):
            return True
        end = doc.sentences[f.sentence].last
        return last < end and doc.tok_norm[last] == "who" and any(True for _ in access.matches_at(doc.tok_norm, last, end))


def _given(doc: Doc, f: Frame, reasons: Lexicon | None) -> list:
    """The reasons for anonymity the source's sentence gives ("who was not authorised to
    speak", "who asked not to be named")."""
    if reasons is None:
        return []
    sent = doc.sentences[f.sentence]
    return list(reasons.matches(doc.tok_norm, sent.first, sent.last))


#: The finding's label: a described source with no reason, and one that also accuses someone.
_LABELS = {False: "no reason for anonymity", True: "an accusation with no reason for anonymity"}


def _introduced(doc: Doc, f: Frame, earliest: int) -> bool:
    """"the source said", "this source added": a back-reference to an anonymous source
    the story has already introduced (and been judged at), not a new one. ``earliest``:
    where the first source so far that names a "source" starts."""
    words = doc.text[f.source[0]:f.source[1]].lower().split()
    if not words or words[0] not in ("the", "this", "that", "these", "those", "our"):
        return False
    return earliest < f.source[0]


def _affiliated(doc: Doc, f: Frame, affiliations: frozenset[str]) -> bool:
    """"party sources told the BBC", "a Senate source said": the source is placed in an
    organisation (a capitalised name or an affiliation word before the head), described,
    not bare."""
    words = doc.text[f.source[0]:f.source[1]].split()
    for i, w in enumerate(words[:-1]):
        if w.lower() in affiliations or (w[:1].isupper() and w.lower() not in _DETERMINERS):
            return True
    return False


#: Words that open a noun phrase (capitalised at a sentence start, they name nothing).
_DETERMINERS = word_set("grammar", "quantifiers") | word_set("grammar", "counts") | frozenset(
    {"a", "an", "the", "other", "this", "that", "these", "those", "unnamed", "unidentified", "anonymous", "our"})


def _bystander(doc: Doc, f: Frame) -> bool:
    """"Someone in the audience shouted": a person in the scene, not a source."""
    lex = vocab().phrases.get("bystanders")
    first, last = doc.token_at(f.source[0]), doc.token_at(f.source[1] - 1) + 1
    return lex is not None and any(True for _ in lex.matches(doc.tok_norm, first, last))


def _adjective(doc: Doc, f: Frame) -> bool:
    """"An official complaint has gone to the ombudsman ...": the source's last word
    modifies the noun right after it (an adjective, not an anonymous official)."""
    last = doc.token_at(f.source[1] - 1)
    nxt = last + 1
    if nxt >= len(doc.tok_norm) or doc.tok_start[nxt] >= f.cue[0] or not doc.tok_norm[nxt].isalpha():
        return False
    return bool(parts(doc.tok_norm[last]) & ADJ) and parts(doc.tok_norm[nxt]) == NOUN


def _in_document(doc: Doc, f: Frame) -> bool:
    """"Emails leaked last week showed that ... One official even suggested ...": an
    unnamed person acting inside what a document shows or reveals is not the reporter's
    source ("according to records ... A council spokesperson said" still is)."""
    for si in (f.sentence - 1, f.sentence):
        if si < 0 or doc.sentences[si].block != doc.sentences[f.sentence].block:
            continue
        for g in doc.frames_in(si):
            if g is not f and g.source is not None and g.cue[0] < f.cue[0] and g.cue_class == "endorsement" \
                    and _document_words(doc, g):
                return True
    return False


def _document_words(doc: Doc, g: Frame) -> bool:
    v = vocab()
    kinds = v.sources.get("vague_documents", frozenset()) | v.sources.get("recordings", frozenset())
    return any(w in kinds for w in doc.text[g.source[0]:g.source[1]].lower().split())
