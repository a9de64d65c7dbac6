"""Annotate an article once: sentences, tokens, quotations, attribution frames and
readability, into the read-only ``Doc`` every check reads (none re-tokenizes)."""

from __future__ import annotations

import bisect
import dataclasses

from ..model.article import RESIDUE, Article
from ..model.doc import Doc, Frame, Sentence
from .attribution import find_frames
from .genre import detect
from .quotes import attribute_quotes, find_quotes
from .readability import readability
from .sentences import split
from .tokens import FOLD, TOKEN, norm


def annotate(article: Article) -> Doc:
    """Build the shared annotation of one article (linear in its length)."""
    text = article.text
    spans = [m.span() for m in TOKEN.finditer(text)]
    tok_start = [s for s, _ in spans]
    tok_end = [e for _, e in spans]
    folded = text.lower().translate(FOLD)
    if len(folded) == len(text):  # one pass over the whole text
        tok_norm = [folded[s:e] for s, e in spans]
    else:  # a character whose lower case is longer (İ): fold token by token
        tok_norm = [norm(text[s:e]) for s, e in spans]
    sentences: list[Sentence] = []
    for bi, block in enumerate(article.blocks):
        if block.kind == RESIDUE:
            spans = [(0, block.end - block.start)]
        else:
            spans = split(text[block.start:block.end])
        for s, e in spans:
            s, e = block.start + s, block.start + e
            first = bisect.bisect_left(tok_start, s)
            last = bisect.bisect_left(tok_start, e)
            sentences.append(Sentence(s, e, bi, first, last))
    quotes = find_quotes(article)
    doc = Doc(article, sentences, tok_start, tok_end, tok_norm, quotes)
    attribute_quotes(doc)
    frames = find_frames(doc)
    doc = dataclasses.replace(doc, frames=frames, speakers=_speakers(doc, frames), readability=readability(doc))
    return dataclasses.replace(doc, genre=detect(doc))


def _speakers(doc: Doc, frames: list[Frame]) -> list[int | None]:
    """For each quotation, the frame that speaks it: one whose content holds it, else one
    whose cue follows it in the same sentence ("“...,” the mayor said"); else none."""
    in_sentence: dict[int, list[int]] = {}
    for i, f in enumerate(frames):
        in_sentence.setdefault(f.sentence, []).append(i)
    speakers: list[int | None] = []
    for q in doc.quotes:
        candidates = in_sentence.get(doc.sentence_index(q.start), [])
        covering = [i for i in candidates if any(s <= q.start + 1 <= e for s, e in frames[i].content)]
        after = [i for i in candidates if frames[i].cue[0] >= q.end]
        speakers.append((covering or after or [None])[0])
    return speakers
