"""Kind ``readability``: readability reported as information, not as bias.

``metric = "grade"``: one finding per article when the Flesch-Kincaid grade passes
``max_grade``; ``metric = "sentence-length"``: one finding per sentence over
``max_words`` words. The figures themselves are an annotation (``Doc.readability``).
"""

from __future__ import annotations

from typing import Iterator, Sequence

from ..analyse.readability import sentence_words
from ..model.article import BODY_KINDS
from ..model.doc import Doc
from ..model.findings import Hit
from ..model.rules import Rule
from .base import Check, Option, render


class ReadabilityCheck(Check):
    kind = "readability"
    DATA = {"metric": Option(str, "", "what is measured", ("grade", "sentence-length"))}
    REQUIRED = ("metric",)
    OPTIONS = {
        "max_grade": Option(float, 12.0, "Flesch-Kincaid grade above which the article is reported"),
        "max_words": Option(int, 35, "words above which a sentence is reported"),
    }

    def check(self, doc: Doc, hits: Sequence[Hit] = ()) -> Iterator[Hit]:
        for rule in self.rules:
            if rule.data["metric"] == "grade":
                yield from self._grade(rule, doc)
            else:
                yield from self._long(rule, doc)

    def _grade(self, rule: Rule, doc: Doc) -> Iterator[Hit]:
        fig = doc.readability
        if fig is None or fig.flesch_kincaid_grade <= float(rule.options["max_grade"]):
            return
        first = next(b for b in doc.article.blocks if b.kind in BODY_KINDS)
        sent = next(s for s in doc.sentences if s.start >= first.start)
        yield Hit(rule.code, sent.start, sent.end, render(
            rule.message, grade=f"{fig.flesch_kincaid_grade:.1f}", ease=f"{fig.flesch_reading_ease:.1f}",
            fog=f"{fig.gunning_fog:.1f}", max_grade=rule.options["max_grade"],
            mean=f"{fig.mean_sentence_words:.1f}"), rule.severity, key="grade")

    def _long(self, rule: Rule, doc: Doc) -> Iterator[Hit]:
        limit = int(rule.options["max_words"])
        for i, s in enumerate(doc.sentences):
            if doc.block_of(i).kind not in BODY_KINDS:
                continue
            n = sentence_words(doc, i)
            if n > limit:
                yield Hit(rule.code, s.start, s.end, render(rule.message, words=n, max_words=limit), rule.severity)
