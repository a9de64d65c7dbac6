"""Annotate an article once: sentences, tokens, quotations, attribution frames and
readability, into the read-only ``Doc`` every check reads (none re-tokenizes)."""

from __future__ import annotations

import bisect

from ..model.article import RESIDUE, Article
from ..model.doc import Doc, Frame, Sentence
from .attribution import find_frames
from .genre import detect
from .quotes import attribute_quotes, find_quotes
from .readability import readability
from .sentences import split
from .tokens import FOLD_PAIRS, norm, replace_each, token_spans

#: Patterns whose content is a whole block, whatever sentence their cue is in.
BLOCK_PATTERNS = frozenset({"speaker-label", "credit", "block-quote"})


def annotate(article: Article) -> Doc:
    """Build the shared annotation of one article (linear in its length)."""
    text = article.text
    tok_start, tok_end, tok_norm = token_lists(text)
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
    doc.complete(frames, _speakers(doc, frames), readability(doc))
    # the genre is read from the finished annotation and set in it before anyone else has
    # it (a copy would build the indexes of __post_init__ again for nothing)
    object.__setattr__(doc, "genre", detect(doc))
    return doc


def token_lists(text: str) -> tuple[list[int], list[int], list[str]]:
    """The starts, ends and matching forms of the text's tokens (a function of its own so
    that the benchmark's stage table can time it: most of it is the token pattern's scan)."""
    tok_start, tok_end = token_spans(text)
    folded = replace_each(text.lower(), FOLD_PAIRS)
    if len(folded) != len(text):  # a character whose lower case is longer (İ): fold token by token
        return tok_start, tok_end, [norm(text[s:e]) for s, e in zip(tok_start, tok_end)]
    return tok_start, tok_end, [folded[s:e] for s, e in zip(tok_start, tok_end)]  # one pass over the whole text


def _speakers(doc: Doc, frames: list[Frame]) -> list[int | None]:
    """For each quotation, the frame that speaks it, and mark the quotation attributed.

    The speaker named in the quotation's own sentences comes first: a frame of those
    sentences (or of the sentence right after, which an inverted cue opens: "“...!”
    Trump tweeted") whose content holds the quotation, the innermost first ("the mayor
    said the minister told her “...”" is the minister's); else one whose cue follows the
    quotation in its sentences ("“...,” the mayor said"). Only then a speaker carried
    from an earlier sentence or paragraph (a floating frame) whose content holds it, and
    last a label or credit whose content is a whole block ("Q: ...", a block quotation)."""
    in_sentence: dict[int, list[int]] = {}
    for i, f in enumerate(frames):
        in_sentence.setdefault(f.sentence, []).append(i)
    whole_blocks = [i for i, f in enumerate(frames) if f.pattern in BLOCK_PATTERNS]  # once, not per quotation
    speakers: list[int | None] = []
    for q in doc.quotes:
        first, last = doc.sentence_index(q.start), doc.sentence_index(max(q.end - 1, q.start))
        own = [i for si in range(first, last + 2) for i in in_sentence.get(si, [])
               if frames[i].inherited_from is None]
        holds = sorted((i for i in own if _holds(frames[i], q.start)), key=lambda i: _size(frames[i]))
        after = [i for i in own if frames[i].sentence <= last and frames[i].cue[0] >= q.end]
        carried = [i for i in in_sentence.get(first, []) if frames[i].inherited_from is not None
                   and _holds(frames[i], q.start)]
        block = [i for i in whole_blocks if _holds(frames[i], q.start)]
        speaker = (holds or after or carried or block or [None])[0]
        if speaker is not None:
            q.attributed = True
        speakers.append(speaker)
    return speakers


def _holds(frame: Frame, offset: int) -> bool:
    return any(s <= offset + 1 <= e for s, e in frame.content)


def _size(frame: Frame) -> int:
    return sum(e - s for s, e in frame.content)
