"""Kind ``vague-source``: a claim credited to critics, experts, "a report", or a cue-less
weasel ("reportedly"); an error when the vague source carries an accusation or imputed
motive (a hit of an ``escalate`` rule inside its content)."""

from __future__ import annotations

import re
from typing import Iterator, Sequence

from ..analyse.vocab import vocab, word_set
from ..model.doc import VAGUE, Doc, Frame
from ..model.findings import Hit
from ..model.rules import Rule
from .base import Check, Option, render, severity_option

_QUANTIFIERS = word_set("grammar", "quantifiers")
_NAMED_DOC = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+)?(?:report|study|survey|research|analysis|review|poll|"
    r"paper|figures|data|findings)\b[^.]{0,60}?\b(?:by|from|for|of|at)\s+(?:the\s+)?[A-Z]"
    r"|^\W*(?:Produced|Published|Conducted|Commissioned|Carried out|Compiled|Written|Released)\s+by\s+(?:the\s+)?[A-Z]")


class VagueSourceCheck(Check):
    kind = "vague-source"
    DATA = {
        "escalate": Option(list, [], "codes whose warning or error inside the claim makes the finding an error"),
        "mild": Option(list, [], "source head words reported as info (analysts, economists)"),
    }
    OPTIONS = {"adverbial_severity": severity_option("info", "severity of a cue-less weasel such as 'reportedly'")}
    after_hits = True

    @classmethod
    def depends(cls, rule: Rule) -> list[str]:
        return list(rule.data["escalate"])

    def check(self, doc: Doc, hits: Sequence[Hit] = ()) -> Iterator[Hit]:
        text = doc.text
        adverbials = vocab().phrases.get("vague_adverbials")
        for rule in self.rules:
            escalate = set(rule.data["escalate"])
            mild = set(rule.data["mild"])
            for fi, f in enumerate(doc.frames):
                if f.tier != VAGUE or f.source is None or f.inherited_from is not None:
                    continue
                if any(i != fi for i in doc.covering(f.cue[0])):
                    continue  # nested: "the official said people had complained" is the official's report
                if _named_next(doc, f) or _partitive(doc, f):
                    continue
                start, end = f.source[0], max(f.cue[1], f.source[1])
                if f.cue[0] < f.source[0]:  # "according to reports"
                    start, end = f.cue[0], f.source[1]
                charged = any(h.code in escalate and h.severity in ("warning", "error")
                              and any(s <= h.start < e for s, e in f.content) for h in hits)
                head = _head_word(doc, f.source)
                severity = "error" if charged else ("info" if head in mild else rule.severity)
                yield Hit(rule.code, start, end, render(rule.message, text=text[start:end]), severity)
            if adverbials is None:
                continue
            for sent in doc.sentences:
                for m in adverbials.matches(doc.tok_norm, sent.first, sent.last):
                    s, e = doc.span(m.first, m.last)
                    if doc.quote_at(s, e) is None and not doc.covering(s):
                        # "reportedly", "is thought to": weaker than a vague source making a claim
                        yield Hit(rule.code, s, e, render(rule.message, text=text[s:e]),
                                  rule.options["adverbial_severity"])


def _partitive(doc: Doc, f: Frame) -> bool:
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
    documents = vocab().sources.get("vague_documents", ())
    for w in words:
        if w in documents:
            return w
    return words[-1] if words else ""


def _named_next(doc: Doc, f: Frame) -> bool:
    """The next sentence names the document: "A report published Tuesday said ... The
    report, by the UN's OCHA, ..." (also across a paragraph break: wire ledes often name
    the report in the second paragraph)."""
    nxt = f.sentence + 1
    if nxt >= len(doc.sentences):
        return False
    s = doc.sentences[nxt]
    return bool(_NAMED_DOC.search(doc.text[s.start:min(s.end, s.start + 160)]))
