"""Article-level kinds: how sources are treated across the whole piece.

- ``asymmetry`` (ATTR004): one entity's statements framed with doubt, concession or
  persistence verbs and nouns while the others' are reported neutrally.
- ``no-response`` (BAL001): a serious allegation against a named person and no
  response anywhere in the article.
- ``one-sided`` (BAL002): the entity most criticised is never quoted.

They run after the sentence-level checks and read their hits.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterator

from ..annotate import Doc
from ..article import BODY_KINDS, HEADLINE
from ..attribution import FRAMING
from ..findings import Hit
from ..lexicon import Lexicon
from ..packs import Rule
from .base import Check, render


def entity_verbs(doc: Doc) -> dict[str, list[tuple[str, bool, int]]]:
    """Per entity: (cue text, framed?, cue start) for every frame with that entity.

    A cue is framed when its class is doubt, concession or persistence (the frame
    finder has already set aside non-reporting senses such as a territorial claim).
    """
    out: dict[str, list[tuple[str, bool, int]]] = defaultdict(list)
    seen: set[tuple[int, int]] = set()
    blocks = doc.article.blocks
    for f in doc.frames:
        if f.entity is None or f.inherited_from is not None or f.cue in seen:
            continue
        if blocks[doc.sentences[f.sentence].block].kind == HEADLINE:
            continue  # the headline restates the body
        seen.add(f.cue)
        framed = f.cue_class in FRAMING
        out[f.entity].append((doc.text[f.cue[0]:f.cue[1]], framed, f.cue[0]))
    return out


class AsymmetryCheck(Check):
    kind = "asymmetry"
    after_hits = True
    default_options = {"min_framed": 3, "min_others": 2, "threshold": 0.5}

    def check(self, doc: Doc) -> Iterator[Hit]:
        for rule in self.rules:
            verbs = entity_verbs(doc)
            o = rule.options
            for entity, items in sorted(verbs.items()):
                framed = [v for v in items if v[1]]
                others = [v for e, vs in verbs.items() if e != entity for v in vs]
                if len(framed) < o["min_framed"] or len(others) < o["min_others"]:
                    continue
                skew = len(framed) / len(items)
                rest = sum(1 for v in others if v[1]) / len(others)
                if skew - rest < float(o["threshold"]):
                    continue
                first = min(framed, key=lambda v: v[2])
                words = ", ".join(v[0] for v in sorted(framed, key=lambda v: v[2]))
                yield Hit(rule.code, first[2], first[2] + len(first[0]), render(
                    rule.message, entity=entity, framed=len(framed), total=len(items), words=words,
                    skew=f"{skew:.0%}", rest=f"{rest:.0%}"), rule.severity)


def _target(doc: Doc, h: Hit) -> str | None:
    """Whom a hit is about: a named person whose source sits inside the hit ("His
    admission ...", "Zelensky’s insistence"), else the most recent named person before it."""
    recent = None
    for f in doc.frames:
        if not f.entity or f.source is None or f.tier not in ("named-person", "named-organisation", "described"):
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
    data_keys = frozenset({"test", "allegations", "responses"})
    after_hits = True
    default_options = {"min_sentences": 8}

    @classmethod
    def depends(cls, rule: Rule) -> list[str]:
        return list(rule.data.get("allegations", []))

    @classmethod
    def validate(cls, rule: Rule) -> None:
        if rule.data.get("test") not in ("no-response", "one-sided"):
            raise ValueError("test must be 'no-response' or 'one-sided'")

    def __init__(self, rules: list[Rule]) -> None:
        super().__init__(rules)
        self.responses = {r.code: Lexicon.of(r.data.get("responses", [])) for r in rules}

    def check(self, doc: Doc) -> Iterator[Hit]:
        for rule in self.rules:
            if rule.data["test"] == "no-response":
                yield from self._no_response(rule, doc)
            else:
                yield from self._one_sided(rule, doc)

    def _no_response(self, rule: Rule, doc: Doc) -> Iterator[Hit]:
        codes = set(rule.data.get("allegations", ["ATTR006", "PRESUP002"]))
        # Defamation-grade hits only: an unsourced allegation or presupposed wrongdoing
        # about a named person (their rules report those as errors).
        allegations = [(h.start, h.end, _target(doc, h)) for h in doc.hits
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

    def _one_sided(self, rule: Rule, doc: Doc) -> Iterator[Hit]:
        body = [s for s in doc.sentences if doc.article.blocks[s.block].kind in BODY_KINDS]
        if len(body) < int(rule.options["min_sentences"]):
            return
        codes = set(rule.data.get("allegations", ["ATTR006", "PRESUP002", "ATTR003", "ATTR004"]))
        counts: dict[str, int] = defaultdict(int)
        for h in doc.hits:
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
