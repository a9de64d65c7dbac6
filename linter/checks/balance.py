"""Kind ``balance``: fairness across the whole article.

``test = "no-response"``: a serious allegation against a named person and no response
anywhere in the article. ``test = "one-sided"``: the entity most criticised is never
quoted. Both read the hits of the rules named in ``allegations``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterator, Sequence

from ..analyse.lexicon import Lexicon
from ..model.article import BODY_KINDS, HEADLINE
from ..model.doc import DESCRIBED, NAMED, ORGANISATION, Doc
from ..model.findings import Hit
from ..model.rules import Rule
from .base import Check, Option, render


def _target(doc: Doc, h: Hit) -> str | None:
    """Whom a hit is about: a named person whose source sits inside the hit ("His
    admission ...", "Zelensky’s insistence"), else the most recent named person before it."""
    recent = None
    for f in doc.frames:
        if not f.entity or f.source is None or f.tier not in (NAMED, ORGANISATION, DESCRIBED):
            continue
        if h.start <= f.source[0] < h.end:
            return f.entity
        if f.cue[0] <= h.end:
            recent = f.entity
    return recent


def _object(doc: Doc, offset: int) -> str | None:
    """The noun phrase right after an accusing verb, up to "of"/"over"/punctuation."""
    # A preposition first means a passive participle with no object ("Ruiz, accused of
    # taking bribes"): the accused is the subject, already named.
    m = re.match(r"\s+(?!(?:of|over|for|by|to|in|on|with)\b)((?:the |a |an )?[\w’'-]+(?: [\w’'-]+){0,3}?)"
                 r"(?= of| over| for|[,.;]| that)", doc.text[offset:offset + 80])
    return m.group(1) if m else None


class BalanceCheck(Check):
    kind = "balance"
    DATA = {
        "test": Option(str, "", "what is looked for", ("no-response", "one-sided")),
        "allegations": Option(list, [], "codes whose hits count as criticism or allegation"),
        "responses": Option(list, [], "words that report a response (deny+, declined to comment)"),
    }
    REQUIRED = ("test", "allegations")
    OPTIONS = {"min_sentences": Option(int, 8, "fewest body sentences of an article judged one-sided")}
    after_hits = True

    @classmethod
    def depends(cls, rule: Rule) -> list[str]:
        return list(rule.data["allegations"])

    def __init__(self, rules: list[Rule]) -> None:
        super().__init__(rules)
        self.responses = {r.code: Lexicon.of(r.data["responses"]) for r in rules}

    def check(self, doc: Doc, hits: Sequence[Hit] = ()) -> Iterator[Hit]:
        for rule in self.rules:
            if rule.data["test"] == "no-response":
                yield from self._no_response(rule, doc, hits)
            else:
                yield from self._one_sided(rule, doc, hits)

    def _no_response(self, rule: Rule, doc: Doc, hits: Sequence[Hit]) -> Iterator[Hit]:
        codes = set(rule.data["allegations"])
        # Defamation-grade hits only: an unsourced allegation or presupposed wrongdoing
        # about a named person (their rules report those as errors).
        allegations = [(h.start, h.end, _target(doc, h)) for h in hits
                       if h.code in codes and h.severity == "error"]
        # Attributed accusations count too ("Residents accuse the developer of ..."), when
        # the accused never speaks anywhere in the article.
        speakers = {(f.entity or "").lower() for f in doc.frames} | {
            doc.text[f.source[0]:f.source[1]].lower() for f in doc.frames if f.source}
        for f in doc.frames:
            cue = doc.text[f.cue[0]:f.cue[1]].lower()
            if cue.startswith(("accus", "alleg")) and f.inherited_from is None:
                target = _object(doc, f.cue[1])
                if target and target.lower() in ("him", "her", "them", "it", "us", "me", "you"):
                    continue  # "accused him of lying": the accused is someone already in the story
                if target and not any(target.lower() in sp or (sp and sp in target.lower()) for sp in speakers):
                    allegations.append((f.cue[0], f.cue[1], target))
        if not allegations:
            return
        if any(True for _ in self.responses[rule.code].matches(doc.tok_norm)):
            return
        by_target: dict[str, tuple[int, int]] = {}
        for start, end, target in sorted(allegations):
            if target and target not in by_target:
                by_target[target] = (start, end)
        for target, (start, end) in by_target.items():
            yield Hit(rule.code, start, end, render(rule.message, entity=target), rule.severity)

    def _one_sided(self, rule: Rule, doc: Doc, hits: Sequence[Hit]) -> Iterator[Hit]:
        body = [i for i in range(len(doc.sentences)) if doc.block_of(i).kind in BODY_KINDS]
        if len(body) < int(rule.options["min_sentences"]):
            return
        codes = set(rule.data["allegations"])
        counts: dict[str, int] = defaultdict(int)
        for h in hits:
            if h.code in codes and h.severity in ("warning", "error"):
                t = _target(doc, h)
                if t:
                    counts[t] += 1
        if not counts:
            return
        target, n = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
        if n < 3:
            return
        quoted = {doc.frames[i].entity for i in doc.speakers if i is not None}
        if target in quoted:
            return
        head = next((b for b in doc.article.blocks if b.kind == HEADLINE), None) or doc.article.blocks[0]
        yield Hit(rule.code, head.start, head.end, render(rule.message, entity=target, count=n), rule.severity,
                  key=f"unquoted:{target}")
