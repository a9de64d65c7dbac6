"""Kind ``juxtaposition``: "Despite this, X said ...", "even as X insists", and
", despite <loaded phrase>" tacked onto a reported position."""

from __future__ import annotations

import re
from typing import Iterator, Sequence

from ..analyse import embeds, recache
from ..analyse.prefilter import folded, may_match, needs
from ..analyse.vocab import word_set
from ..model.article import HEADLINE
from ..model.doc import COLLECTIVE, VAGUE, Doc, Frame
from ..model.findings import Hit
from ..model.rules import Rule
from .base import Check, Option, render

#: Sources whose view is the other side weighed, not a claim undercut: a group ("Yet many
#: officials believe", "Even so, experts say").
_GROUPS = frozenset({COLLECTIVE, VAGUE})
#: Nouns for figures a source gave ("Despite those numbers, ..."), from the vocabularies.
_FIGURE_WORDS = word_set("sources", "vague_documents")


#: A time clause still open right before a cue: "since the mayor announced", "after she said".
_TIME_CLAUSE = recache.compile(r"\b(?:since|after|before|until|when|once)\b[^,;:.]*$", re.IGNORECASE)


def _in_time_clause(lead: str) -> bool:
    """The cue sits in a time clause after the connective ("Yet, a year since she
    announced her bid, ..."): the statement dates the contrast, it is not what is set
    against the facts."""
    return _TIME_CLAUSE.search(lead) is not None


def _writers_contrast(doc: Doc, si: int, end: int, frames: list[Frame], voices: frozenset[str] = frozenset(),
                      arguments: frozenset[str] = frozenset()) -> bool:
    """Whether a sentence-opening connective sets a statement against the writer's own
    facts, the undercutting the rule is about. Not when what it contrasts with is itself
    reported (the sentence before has a frame or lies in one: "Norvik said the outbreak
    was contained. Despite this, Halden Labs said ..." weighs two sources), when it refers to
    figures a source gave ("Despite those numbers"), when the speaker after it is the
    same subject going on ("The minister did not rule it out. Yet he added ..."), when
    what follows is a group's view or a finding ("Yet many economists say", "Yet a study
    found": the other side weighed), when its speaker argues the other side ("Yet Nega
    argued that the boom was a mirage": the contrast is the source's case), or when "yet"
    is not the connective ("Yet another said")."""
    sent = doc.sentences[si]
    opener = doc.text[sent.start:sent.start + end].lower()
    after = doc.text[sent.start + end:sent.start + end + 30].lower().split()
    if opener.strip(" ,").endswith("yet") and after and after[0] in ("another", "more", "again", "other"):
        return False
    if after and after[0].strip(",") in _FIGURE_WORDS:
        return False  # "Despite those numbers": figures a source gave
    first = next((f for f in frames if f.cue[0] >= sent.start + end), None)
    if first is not None and first.source is not None and \
            doc.text[first.source[0]:first.source[1]].lower() in ("he", "she", "they", "it"):
        return False
    if first is not None and (first.tier in _GROUPS or first.cue_class == "endorsement"):
        return False  # a group's view or a finding ("Yet a 2014 study found") weighed against the facts
    if first is not None and doc.text[first.cue[0]:first.cue[1]].lower().split()[0] in arguments:
        return False  # the source's own case against what came before: "Yet Nega argued that ..."
    if first is not None and _in_time_clause(doc.text[sent.start + end:first.cue[0]]):
        return False  # "Yet, a year since she announced her bid, here we are": background, no claim undercut
    if first is not None and voices:
        lead = doc.text[sent.start + end:first.cue[1]].lower()
        if any(w.strip(",.;:()“”\"'’") in voices for w in lead.split()):
            return False  # an independent voice's argument: "Yet Maria Lenz, an analyst at ..., said"
    if si == 0 or doc.block_of(si - 1).kind == HEADLINE:
        return True
    return not any(_reported(doc, j) for j in _answered(doc, si))


def _answered(doc: Doc, si: int) -> list[int]:
    """The sentences a connective opening sentence ``si`` answers: the one before, or the
    whole paragraph before when it opens a paragraph ("... warned of fuel costs.\n\nEven
    so, ...")."""
    prev = doc.block_of(si - 1)
    if doc.block_of(si) is prev:
        return [si - 1]
    out = []
    for j in range(si - 1, -1, -1):
        if doc.block_of(j) is not prev:
            break
        out.append(j)
    return out


def _reported(doc: Doc, j: int) -> bool:
    """Whether sentence ``j`` reports a source (holds a frame or lies in one, or holds an
    embedded post that names its author: the poster's words)."""
    sent = doc.sentences[j]
    return bool(doc.frames_in(j) or doc.covering(sent.start) or doc.covering(sent.end - 1)
                or embeds.overlaps(doc, sent.start, sent.end))


class JuxtapositionCheck(Check):
    kind = "juxtaposition"
    DATA = {
        "openers": Option(list, ["despite this"], "sentence openers that undercut what follows (regular expressions)"),
        "inline": Option(list, ["even as"], "connectives that undercut a reported position (regular expressions)"),
        "loaded_codes": Option(list, [], "codes whose hit after an inline connective makes it the writer's charge"),
        "voices": Option(list, [], "words naming an independent voice or evidence: after an opener, the other side weighed"),
        "arguments": Option(list, [], "cue verbs of arguing a case: after an opener, the source's own contrast"),
    }
    after_hits = True

    @classmethod
    def depends(cls, rule: Rule) -> list[str]:
        return list(rule.data["loaded_codes"])

    def __init__(self, rules: list[Rule]) -> None:
        super().__init__(rules)
        self.openers = {r.code: recache.compile(r"^\W*(?:" + "|".join(r.data["openers"]) + r")\b,?", re.I)
                        for r in rules}
        self.inline = {r.code: recache.compile(r"\b(?:" + "|".join(r.data["inline"]) + r")\b", re.I) for r in rules}
        #: What every inline match holds: an article without it skips the per-sentence scans.
        self.inline_needs = {code: needs(p.pattern, p.flags) for code, p in self.inline.items()}
        self.voices = {r.code: frozenset(w.lower() for w in r.data["voices"]) for r in rules}
        self.arguments = {r.code: frozenset(w.lower() for w in r.data["arguments"]) for r in rules}

    def check(self, doc: Doc, hits: Sequence[Hit] = ()) -> Iterator[Hit]:
        text = doc.text
        by_sentence: dict[int, list] = {}
        for f in doc.frames:
            if f.inherited_from is None:
                by_sentence.setdefault(f.sentence, []).append(f)
        for rule in self.rules:
            loaded = set(rule.data["loaded_codes"])
            inline = self.inline[rule.code] if may_match(self.inline_needs[rule.code], folded(doc)) else None
            for si, frames in by_sentence.items():
                sent = doc.sentences[si]
                body = text[sent.start:sent.end]
                m = self.openers[rule.code].match(body)
                if m and any(f.cue[0] >= sent.start + m.end() for f in frames) \
                        and not doc.shielded(sent.start + m.start(), sent.start + m.end()) \
                        and _writers_contrast(doc, si, m.end(), frames, self.voices[rule.code],
                                             self.arguments[rule.code]):
                    # (not when the connective opens what a named source said: "Even so, the
                    # figures lend new support ..., said Mira Kolar")
                    s = sent.start + m.start() + (len(m.group()) - len(m.group().lstrip()))
                    yield Hit(rule.code, s, sent.start + m.end(), render(rule.message, text=text[s:sent.start + m.end()]),
                              rule.severity)
                    continue
                for im in inline.finditer(body) if inline is not None else ():
                    s = sent.start + im.start()
                    if any(f.cue[0] < s for f in frames) and not any(cs <= s < ce for f in frames for cs, ce in f.content) \
                            and not any(f.cue[0] > s or (f.source and f.source[0] > s) for f in frames):
                        # a connective after a reported position and outside what was reported:
                        # flag it when the phrase it introduces is loaded (the writer's own charge)
                        clause_end = sent.start + len(body.rstrip(" .!?;:”’\"'"))
                        if any(h.code in loaded and s < h.start < clause_end for h in hits):
                            yield Hit(rule.code, s, clause_end, render(rule.message, text=text[s:clause_end]),
                                      rule.severity)
                        break
