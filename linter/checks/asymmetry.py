"""Kind ``asymmetry``: one speaker's statements framed with doubt, concession or
persistence verbs and nouns while the others' are reported neutrally (article level).

The statements are counted once for the whole tool (``analyse.attribution.statements``),
so the figures in the finding are the ones the sourcing profile prints."""

from __future__ import annotations

from typing import Iterator, Sequence

from ..analyse.attribution.statements import one_sided, statements
from ..model.doc import Doc
from ..model.findings import Hit
from .base import Check, Option, render


class AsymmetryCheck(Check):
    kind = "asymmetry"
    OPTIONS = {
        "min_framed": Option(int, 3, "fewest framed statements of the entity"),
        "min_others": Option(int, 2, "fewest statements of everyone else"),
        "threshold": Option(float, 0.5, "how much larger the entity's framed share must be than the others'"),
        "lead": Option(list, [], "classes one of the entity's framed statements must have (doubt); empty: any"),
    }
    after_hits = True  # article level: runs after the sentence-level kinds

    def check(self, doc: Doc, hits: Sequence[Hit] = ()) -> Iterator[Hit]:
        by_speaker = statements(doc)
        for rule in self.rules:
            o = rule.options
            found = one_sided(by_speaker, o["min_framed"], o["min_others"], float(o["threshold"]), frozenset(o["lead"]))
            for skew in sorted(found, key=lambda s: s.speaker):
                framed = [st for st in by_speaker[skew.speaker] if st.framed]
                first = framed[0]
                yield Hit(rule.code, first.start, first.start + len(first.cue), render(
                    rule.message, entity=skew.speaker, framed=skew.framed, total=skew.total,
                    words=", ".join(st.cue for st in framed), skew=f"{skew.share:.2f}",
                    others_framed=skew.others_framed, others_total=skew.others_total, rest=f"{skew.others:.2f}"),
                    rule.severity)
