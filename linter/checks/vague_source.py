"""Kind ``vague-source``: a claim credited to critics, experts, "a report", or a cue-less
weasel ("reportedly"); an error when the vague source carries an accusation or imputed
motive (a hit of an ``escalate`` rule inside its content)."""

from __future__ import annotations

import bisect

import re
from typing import Iterator, Sequence

from ..analyse.lexicon import expand_terms, sentence_matches
from ..analyse.vocab import vocab
from ..model.doc import VAGUE, Doc, Frame
from ..model.findings import Hit
from ..model.rules import Rule
from .vague_crowd import crowd_verdicts
from .vague_research import unlookable
from .vague_groups import defining, past_expectation, reviewers
from .base import Check, Option, render, severity_option
from .vague_members import act, negated, refers_back
from .vague_named import head_word, identified
from ..analyse import recache


class VagueSourceCheck(Check):
    kind = "vague-source"
    DATA = {
        "escalate": Option(list, [], "codes whose warning or error inside the claim makes the finding an error"),
        "mild": Option(list, [], "source head words reported as info (analysts, economists)"),
        "directives": Option(list, [], "verbs whose object and infinitive is advice, not a claim (urge+, advise+)"),
        "actions": Option(list, [], "verbs whose plain object is an act, not a claim (support+, reject+, announce+)"),
        "expectations": Option(list, [], "verbs of a past expectation, reported as info (expect+, wonder+)"),
        "members": Option(list, [], "nouns for the members of a body (lawmakers, councillors)"),
        "bodies": Option(list, [], "bodies whose members they are (council, senate, board)"),
        "generic": Option(list, [], "mild heads that keep the rule's level as a bare plural (studies show)"),
        "unnamed": Option(list, [], "mild heads that keep it as one the story never names (a survey found)"),
        "vague_qualifiers": Option(list, [], "words that leave a bare plural bare (some, recent, other)"),
        "verdicts": Option(list, [], "verbs of a crowd's verdict (consider+, regard+): 'many in the trade regard him as'"),
    }
    OPTIONS = {"adverbial_severity": severity_option("info", "severity of a cue-less weasel such as 'reportedly'")}
    after_hits = True

    def __init__(self, rules: list[Rule]) -> None:
        super().__init__(rules)
        self.directives = {r.code: expand_terms(r.data["directives"]) for r in rules}
        self.actions = {r.code: expand_terms(r.data["actions"]) for r in rules}
        self.expectations = {r.code: expand_terms(r.data.get("expectations", [])) for r in rules}
        self.bodies = {r.code: (set(r.data["members"]), tuple(r.data["bodies"])) for r in rules}
        self.verdicts = {r.code: expand_terms(r.data.get("verdicts", [])) for r in rules}

    @classmethod
    def depends(cls, rule: Rule) -> list[str]:
        return list(rule.data["escalate"])

    def check(self, doc: Doc, hits: Sequence[Hit] = ()) -> Iterator[Hit]:
        text = doc.text
        adverbials = vocab().phrases.get("vague_adverbials")
        for rule in self.rules:
            escalate = set(rule.data["escalate"])
            mild = set(rule.data["mild"])
            # where the gate-level findings that make a vague claim worse start, in order
            charges = sorted(h.start for h in hits if h.code in escalate and h.severity in ("warning", "error"))
            judged: set[tuple[int, int]] = set()  # one finding per vague source, however many verbs it has
            for fi, f in enumerate(doc.frames):
                if f.tier != VAGUE or f.source is None or f.inherited_from is not None or f.source in judged:
                    continue
                judged.add(f.source)
                if defining(doc, f):
                    continue  # "people opposed to the bypass have ...": the cue only says who they are
                head = head_word(doc, f.source)
                if identified(doc, fi, head) or _members_of_named_body(doc, f, head, self.bodies[rule.code]) \
                        or act(doc, f, self.actions[rule.code]) or refers_back(doc, f) or negated(doc, f):
                    continue
                start, end = f.source[0], max(f.cue[1], f.source[1])
                if f.cue[0] < f.source[0]:  # "according to reports"
                    start, end = f.cue[0], f.source[1]
                for g in doc.frames_in(f.sentence):  # "according to a report that suggests": the report
                    if g is not f and g.source and f.source[0] <= g.cue[0] < g.source[1] <= f.source[1]:
                        start, end = g.cue[0], g.source[1]
                charged = any(_any_between(charges, s, e) for s, e in f.content)
                advice = _directive(doc, f, self.directives[rule.code]) \
                    or past_expectation(doc, f, self.expectations[rule.code])
                mild_head = head in mild and not unlookable(doc, f.source, head, rule.data)
                severity = "error" if charged else ("info" if mild_head or advice or reviewers(doc, f, head)
                                                    else rule.severity)
                yield Hit(rule.code, start, end, render(rule.message, text=text[start:end]), severity)
            for s, e in crowd_verdicts(doc, self.verdicts[rule.code]):
                yield Hit(rule.code, s, e, render(rule.message, text=text[s:e]), rule.severity)
            if adverbials is None:
                continue
            for found in sentence_matches(adverbials, doc):
                for m in found:
                    s, e = doc.span(m.first, m.last)
                    if not doc.in_speech(s, e):
                        # "reportedly", "is thought to": weaker than a vague source making a claim
                        yield Hit(rule.code, s, e, render(rule.message, text=text[s:e]),
                                  rule.options["adverbial_severity"])


#: A directive's content: an object, then what it is told to do ("people not to drink",
#: "on the council to act"), with no reported clause of its own.
_ADVICE = recache.compile(r"^(?:on\s+|upon\s+)?(?:[\w’'.-]+\s+){1,4}?(?:not\s+)?to\s+[a-z]")


def _directive(doc: Doc, f: Frame, verbs: set[str]) -> bool:
    """"Health officials told residents to boil their tap water": the group gives advice or
    makes a demand; no statement of fact is credited to it, so nothing is laundered."""
    cue = doc.text[f.cue[0]:f.cue[1]].lower().split()
    if not cue or cue[0] not in verbs or not f.content:
        return False
    if "that" in doc.text[f.cue[1]:f.content[0][0]].lower().split():
        return False  # "warned that the plan to close it would fail": a reported claim
    m = _ADVICE.match(doc.text[f.content[0][0]:f.content[0][1]])
    return m is not None and "that" not in m.group(0).lower().split()


def _members_of_named_body(doc: Doc, f: Frame, head: str, bodies: tuple[set[str], tuple[str, ...]]) -> bool:
    """"The City Council passed the budget, but some lawmakers complained ...": members of
    a body the sentence (or the one before) has just named are that body's members, an
    identified group, not a vague source."""
    members, names = bodies
    if head not in members or f.source is None:
        return False
    first = doc.sentences[max(0, f.sentence - 1)].start
    before = doc.text[first:f.source[0]]
    return any(re.search(rf"(?:\b[Tt]he\s+(?:[\w’'-]+\s+){{0,3}}{b}|\b{b.capitalize()})\b", before)
               for b in names)


def _any_between(starts: list[int], s: int, e: int) -> bool:
    """Whether a sorted list of offsets has one in [s, e)."""
    i = bisect.bisect_left(starts, s)
    return i < len(starts) and starts[i] < e
