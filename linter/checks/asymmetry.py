"""Kind ``asymmetry``: one entity's statements framed with doubt, concession or
persistence verbs and nouns while the others' are reported neutrally (article level)."""

from __future__ import annotations

from collections import defaultdict
from typing import Iterator, Sequence

from ..model.article import HEADLINE
from ..model.doc import FRAMING, Doc
from ..model.findings import Hit
from .base import Check, Option, render


def entity_verbs(doc: Doc) -> dict[str, list[tuple[str, bool, int]]]:
    """Per entity: (cue text, framed?, cue start) for every frame with that entity.

    A cue is framed when its class is doubt, concession or persistence (the frame
    finder has already set aside non-reporting senses such as a territorial claim).
    """
    out: dict[str, list[tuple[str, bool, int]]] = defaultdict(list)
    seen: set[tuple[int, int]] = set()
    for f in doc.frames:
        if f.entity is None or f.inherited_from is not None or f.cue in seen:
            continue
        if doc.block_of(f.sentence).kind == HEADLINE:
            continue  # the headline restates the body
        seen.add(f.cue)
        framed = f.cue_class in FRAMING
        out[f.entity].append((doc.text[f.cue[0]:f.cue[1]], framed, f.cue[0]))
    return out


class AsymmetryCheck(Check):
    kind = "asymmetry"
    OPTIONS = {
        "min_framed": Option(int, 3, "fewest framed statements of the entity"),
        "min_others": Option(int, 2, "fewest statements of everyone else"),
        "threshold": Option(float, 0.5, "how much larger the entity's framed share must be than the others'"),
    }
    after_hits = True  # article level: runs after the sentence-level kinds

    def check(self, doc: Doc, hits: Sequence[Hit] = ()) -> Iterator[Hit]:
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
