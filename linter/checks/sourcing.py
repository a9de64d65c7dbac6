"""Kinds built on attribution frames: who vouches for a claim, and whether anyone does.

- ``vague-source`` (ATTR001): a claim credited to critics, experts, "a report", or a
  cue-less weasel ("reportedly"); an error when the vague source carries an accusation
  or imputed motive (a presupposition hit inside its content).
- ``anonymous-source`` (ATTR007): "a source said" (warning); a described anonymous
  source with no reason given for anonymity (info).
- ``unsourced-figure`` (ATTR005): a casualty, displacement or crowd figure that no
  frame covers.
- ``allegation`` (ATTR006): "alleged X", "allegedly", "accused of" with no accuser in
  the sentence or paragraph; an error when the target is a named person or body.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..annotate import Doc
from ..article import BODY_KINDS, HEADLINE
from ..attribution import BARE, DESCRIBED, VAGUE, vocab
from ..findings import Hit
from ..lexicon import Lexicon, inflections
from ..packs import Rule
from .base import Check, render


class VagueSourceCheck(Check):
    kind = "vague-source"
    data_keys = frozenset({"escalate", "mild"})
    after_hits = True
    default_options = {"adverbial_severity": "info"}

    @classmethod
    def depends(cls, rule: Rule) -> list[str]:
        return list(rule.data.get("escalate", []))

    def check(self, doc: Doc) -> Iterator[Hit]:
        text = doc.text
        v = vocab()
        adverbials = v.phrases.get("vague_adverbials")
        for rule in self.rules:
            escalate = set(rule.data.get("escalate", []))
            mild = set(rule.data.get("mild", []))
            for fi, f in enumerate(doc.frames):
                if f.tier != VAGUE or f.source is None or f.inherited_from is not None:
                    continue
                if _nested(doc, f.cue[0], f):
                    continue  # nested: "the official said people had complained" is the official's report
                if _named_next(doc, f) or _partitive(doc, f):
                    continue
                start, end = f.source[0], max(f.cue[1], f.source[1])
                if f.cue[0] < f.source[0]:  # "according to reports"
                    start, end = f.cue[0], f.source[1]
                charged = any(h.code in escalate and h.severity in ("warning", "error")
                              and any(s <= h.start < e for s, e in f.content) for h in doc.hits)
                head = _head_word(doc, f.source)
                severity = "error" if charged else ("info" if head in mild else rule.severity)
                yield Hit(rule.code, start, end, render(rule.message, text=text[start:end]), severity)
            if adverbials is None:
                continue
            for sent in doc.sentences:
                for m in adverbials.matches(doc.tok_norm, sent.first, sent.last):
                    s, e = doc.span(m.first, m.last)
                    if doc.quote_at(s, e) is None and not _nested(doc, s):
                        # "reportedly", "is thought to": weaker than a vague source making a claim
                        yield Hit(rule.code, s, e, render(rule.message, text=text[s:e]),
                                  rule.options.get("adverbial_severity", "info"))


def _nested(doc: Doc, offset: int, frame=None) -> bool:
    """True when an offset lies in the content of another frame: "in what is believed
    to be the first case, her attorneys said" is the attorneys' hedge, not the writer's."""
    return any(other is not frame and any(cs <= offset < ce for cs, ce in other.content) for other in doc.frames)


_QUANTIFIERS = frozenset("many some most several others both all few".split())


def _partitive(doc: Doc, f) -> bool:
    """ "World leaders pledged $8bn, many hoping to ...": a bare quantifier after a comma
    with a participle is "many of them", the sentence's own subject, not a weasel."""
    words = doc.text[f.source[0]:f.source[1]].lower().split()
    before = doc.text[doc.sentences[f.sentence].start:f.source[0]].rstrip()
    cue = doc.text[f.cue[0]:f.cue[1]].lower()
    return len(words) == 1 and words[0] in _QUANTIFIERS and before.endswith(",") and cue.endswith("ing")


def _head_word(doc: Doc, span: tuple[int, int]) -> str:
    """The last word of a source phrase, or the document noun in "a report from ...": the
    head that says what kind of vague source it is."""
    words = re.findall(r"[\w’'-]+", doc.text[span[0]:span[1]].lower())
    for w in words:
        if w in vocab().sources.get("vague_documents", ()):
            return w
    return words[-1] if words else ""


_NAMED_DOC = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+)?(?:report|study|survey|research|analysis|review|poll|"
    r"paper|figures|data|findings)\b[^.]{0,60}?\b(?:by|from|for|of|at)\s+(?:the\s+)?[A-Z]"
    r"|^\W*(?:Produced|Published|Conducted|Commissioned|Carried out|Compiled|Written|Released)\s+by\s+(?:the\s+)?[A-Z]")


def _named_next(doc: Doc, f) -> bool:
    """The next sentence names the document: "A report published Tuesday said ... The
    report, by the UN's OCHA, ..." (also across a paragraph break: wire ledes often name
    the report in the second paragraph)."""
    nxt = f.sentence + 1
    if nxt >= len(doc.sentences):
        return False
    s = doc.sentences[nxt]
    return bool(_NAMED_DOC.search(doc.text[s.start:min(s.end, s.start + 160)]))


class AnonymousSourceCheck(Check):
    kind = "anonymous-source"
    data_keys = frozenset({"positions"})
    default_options = {"described_severity": "info"}

    def __init__(self, rules: list[Rule]) -> None:
        super().__init__(rules)
        # Words that make an unnamed source an anonymous one in the AP sense: someone
        # with a position who could have been named ("a senior official", "people
        # familiar with the talks"), not any description ("the former rapper").
        self.positions = {r.code: Lexicon.of(r.data.get("positions", [])) for r in rules}

    def check(self, doc: Doc) -> Iterator[Hit]:
        text = doc.text
        v = vocab()
        reasons = v.phrases.get("anonymity_reasons")
        for rule in self.rules:
            markers = self.positions[rule.code]
            seen: set[tuple[int, int]] = set()
            for f in doc.frames:
                if f.source is None or f.inherited_from is not None or f.source in seen:
                    continue
                seen.add(f.source)
                s, e = f.source
                if doc.shielded(s, e):
                    continue  # "Investigators found ..., the sheriff's office said": the office vouches
                if f.tier == BARE and len(text[s:e].split()) <= 6:
                    yield Hit(rule.code, s, e, render(rule.message, text=text[s:e], label="bare"), rule.severity)
                elif f.tier == DESCRIBED and f.entity is None:
                    sent = doc.sentences[f.sentence]
                    first = _token_at(doc, s)
                    last = _token_at(doc, e - 1) + 1
                    if not any(True for _ in markers.matches(doc.tok_norm, first, last)):
                        continue
                    if reasons is not None and any(True for _ in reasons.matches(doc.tok_norm, sent.first, sent.last)):
                        continue
                    yield Hit(rule.code, s, e,
                              render(rule.message, text=text[s:e], label="no reason for anonymity"),
                              rule.options.get("described_severity", "info"))


def _token_at(doc: Doc, offset: int) -> int:
    import bisect

    return max(bisect.bisect_right(doc.tok_start, offset) - 1, 0)


_NUMBER_WORDS = frozenset("""dozens scores hundreds thousands millions billions hundred thousand million
billion tens""".split())


class UnsourcedFigureCheck(Check):
    """A number and a casualty, displacement or crowd noun within a few words, in a
    sentence no frame covers (own attribution, or a refer-back to the previous one)."""

    kind = "unsourced-figure"
    data_keys = frozenset({"nouns", "crowd_nouns", "refer_back", "historical"})
    default_options = {"window": 6, "crowd_min": 100}

    @classmethod
    def validate(cls, rule: Rule) -> None:
        if not rule.data.get("nouns"):
            raise ValueError("'nouns' must list casualty and crowd nouns")

    def __init__(self, rules: list[Rule]) -> None:
        super().__init__(rules)
        self.crowd = {r.code: _words(r.data.get("crowd_nouns", [])) for r in rules}
        self.nouns = {r.code: _words(r.data["nouns"]) | self.crowd[r.code] for r in rules}
        self.refer = {r.code: re.compile(r"^\W*(?:" + "|".join(r.data.get("refer_back", ["the figures?"])) + r")\b", re.I)
                      for r in rules}
        self.historical = {r.code: re.compile("|".join(r.data.get("historical", ["world war"])), re.I) for r in rules}

    def check(self, doc: Doc) -> Iterator[Hit]:
        text = doc.text
        blocks = doc.article.blocks
        covered = [(s, e) for f in doc.frames for s, e in f.content]
        noun_cues = {f.cue[1] for f in doc.frames if f.cue_type == "noun"}
        by_sentence = {f.sentence for f in doc.frames}
        for rule in self.rules:
            crowd = self.crowd[rule.code]
            nouns = self.nouns[rule.code]
            window = int(rule.options["window"])
            crowd_min = int(rule.options["crowd_min"])
            for si, sent in enumerate(doc.sentences):
                if blocks[sent.block].kind not in BODY_KINDS:
                    continue
                norms = doc.tok_norm
                numbers = [i for i in range(sent.first, sent.last)
                           if (norms[i][0].isdigit() and not _measure(doc, i, sent.last)) or norms[i] in _NUMBER_WORDS]
                if not numbers:
                    continue
                body = text[sent.start:sent.end]
                if self.historical[rule.code].search(body):
                    continue
                for n in numbers:
                    hit_noun = next((k for k in range(max(sent.first, n - window), min(sent.last, n + window + 1))
                                     if norms[k] in nouns), None)
                    if hit_noun is None:
                        continue
                    a, b = sorted((n, hit_noun))
                    if any(norms[k] in _BARRIERS for k in range(a + 1, b)):
                        continue  # "refugees, but 18 of his 26 counterparts": another clause's number
                    if norms[hit_noun] in crowd and not _counted(norms[n], crowd_min):
                        continue  # "hundreds of protesters", "about 30 demonstrators": what a reporter sees
                    s, e = doc.span(a, b + 1)
                    if any(cs <= s and e <= ce + 1 for cs, ce in covered) or doc.quote_at(s, e) is not None:
                        break
                    if n - 2 >= sent.first and norms[n - 1] == "of" and doc.tok_end[n - 2] in noun_cues:
                        break  # "Zelensky’s claim of 55,000 deaths": the figure is the claim's
                    if si - 1 in by_sentence and self.refer[rule.code].match(body) and a - sent.first <= 12:
                        break  # "These figures ..." right after an attributed sentence
                    yield Hit(rule.code, s, e, render(rule.message, text=text[s:e]), rule.severity)
                    break


def _words(terms: list[str]) -> set[str]:
    return {f for n in terms for f in (inflections(n[:-1]) if n.endswith("+") else {n})}


#: Tokens between a number and a noun that put them in different phrases or clauses.
_BARRIERS = frozenset({",", ";", ":", "but", "as", "while", "whereas", "because", "after", "before", "since"})
_MONTH_WORDS = frozenset("""january february march april may june july august september october november
december jan feb mar apr jun jul aug sep sept oct nov dec""".split())


def _counted(token: str, minimum: int) -> bool:
    """A numeral of at least ``minimum``: a crowd or arrest count somebody made, as
    opposed to an order of magnitude ("hundreds") or a handful a reporter can see."""
    digits = token.replace(",", "")
    return digits.isdigit() and int(digits) >= minimum


def _measure(doc: Doc, i: int, end: int) -> bool:
    """Numbers that are measurements, dates, ages or shares, not counts of people."""
    norms = doc.tok_norm
    nxt = norms[i + 1] if i + 1 < end else ""
    prev = norms[i - 1] if i > 0 else ""
    before = norms[i - 2] if i > 1 else ""
    if (before, prev) == ("age", "of") or prev in ("aged", "age"):
        return True  # "found dead at the age of 87": an age, not a count
    if nxt in ("th", "st", "nd", "rd"):
        return True  # "his 50th cap": an ordinal
    if prev.rstrip(".") in _MONTH_WORDS:
        return True  # "the May 25 death of George Floyd": a date
    if prev == "," and i > 1 and doc.text[doc.tok_start[i - 2]].isupper():
        return True  # "John Holliday, 37": an age after a name
    return nxt in ("%", "percent", "per", "°", "km", "miles", "kg", "years", "year", "am", "pm", "bn", "m", "-",
                   "year-old", "years-old") \
        or prev in ("$", "£", "€", "-") or (len(norms[i]) == 4 and norms[i].startswith(("19", "20")))


class AllegationCheck(Check):
    kind = "allegation"
    data_keys = frozenset({"terms", "accusers"})

    def __init__(self, rules: list[Rule]) -> None:
        super().__init__(rules)
        self.lex = {r.code: Lexicon.of(r.data.get("terms", ["alleged", "allegedly", "accused of"])) for r in rules}
        self.accusers = {r.code: Lexicon.of(r.data.get("accusers", [])) for r in rules}

    def check(self, doc: Doc) -> Iterator[Hit]:
        text = doc.text
        norms = doc.tok_norm
        for rule in self.rules:
            for si, sent in enumerate(doc.sentences):
                if doc.article.blocks[sent.block].kind == HEADLINE:
                    continue
                for m in self.lex[rule.code].matches(norms, sent.first, sent.last):
                    s, _ = doc.span(m.first, m.last)
                    if doc.quote_at(s, s + 1) is not None or doc.shielded(s, s + 1):
                        continue
                    if self._accuser_near(doc, si, rule.code):
                        continue
                    end = m.last
                    while end < sent.last and norms[end] not in (",", ".", ";", ":", "have", "has", "had", "was",
                                                                  "were", "is", "are", "will", "would", "and"):
                        end += 1
                    e = doc.tok_end[end - 1]
                    # "was allegedly beaten": the subject is the victim; whoever is accused is unnamed
                    victim = (m.first > sent.first and norms[m.first - 1] in ("was", "were", "is", "are", "been")
                              and m.last < sent.last and norms[m.last].endswith(("ed", "en")))
                    named = not victim and _named_target(doc, sent, m.first)
                    yield Hit(rule.code, s, e, render(rule.message, text=text[s:e]),
                              "error" if named else rule.severity)

    def _accuser_near(self, doc: Doc, si: int, code: str) -> bool:
        sent = doc.sentences[si]
        lex = self.accusers[code]
        for j in (i for i, s in enumerate(doc.sentences) if s.block == sent.block and i <= si):
            s = doc.sentences[j]
            if any(True for _ in lex.matches(doc.tok_norm, s.first, s.last)):
                return True
        return False


def _named_target(doc: Doc, sent, at: int) -> bool:
    """A possessive pronoun or a name's ’s earlier in the sentence, or a capitalised
    name right after "accused"/"alleged" context: the allegation is about someone."""
    norms = doc.tok_norm
    for i in range(sent.first, at):
        if norms[i] in ("his", "her", "their", "its"):
            return True
        if norms[i] == "'s" and i > sent.first and doc.text[doc.tok_start[i - 1]:doc.tok_start[i - 1] + 1].isupper():
            return True
    j = at - 1
    while j >= sent.first and norms[j] in (",", "the", "a"):
        j -= 1
    return j >= sent.first and doc.text[doc.tok_start[j]:doc.tok_start[j] + 1].isupper() and j > sent.first
