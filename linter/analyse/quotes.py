"""Quotations: spans of double and single quotes (telling an apostrophe from a closing
single quote), AP continuation across paragraphs, and which quotations have a speaker."""

from __future__ import annotations

import bisect

from ..model.article import BLOCKQUOTE, RESIDUE, Article
from ..model.doc import Doc, Quote, Sentence
from .lexicon import sentence_matches
from .tokens import TOKEN
from .vocab import vocab
from . import recache

#: Invisible direction and format marks a CMS export leaves beside quotation marks (left-to-right
#: embedding, marks and isolates, a zero-width space, a byte-order mark): no more than a space.
_INVISIBLE = "\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
_OPEN_CONTEXT = set(" \t\n([{—–-/“\"" + _INVISIBLE)
_CLOSE_FOLLOW = set(" \t\n)]},.;:!?—–-”\"" + _INVISIBLE)


_DOUBLE = recache.compile("“|”|''|\"")
_SINGLE = recache.compile("[‘’']")
_PARAGRAPH_BREAK = recache.compile("(?=\n\n)")


def _double_quotes(text: str, lo: int, hi: int) -> tuple[list[tuple[int, int]], int | None]:
    """Double-quote spans in text[lo:hi]; also the offset of a quote left open.

    Curly “ ”, straight ", and the two-apostrophe '' some wire copy uses for both.
    """
    spans = []
    open_at: int | None = None
    for m in _DOUBLE.finditer(text, lo, hi):
        i, j = m.start(), m.end()
        c = m.group()
        if c == '"' and open_at is None and text[j:j + 1] == '"' and text[j + 1:j + 2].isalnum():
            continue  # a doubled opening mark ('an ""unconscionable" sum'): the second one opens
        if c == "“":
            if open_at is None and not _stray(text, j, hi, curly=True):
                open_at = i
            elif open_at is not None and (run_on := _lost_close(text, open_at, i, j, hi)) is not None:
                spans.append((open_at, run_on))
                open_at = i
        elif c == "”":
            if open_at is not None:
                spans.append((open_at, j))
                open_at = None
            elif (i == lo or text[i - 1] in _OPEN_CONTEXT) and j < hi and text[j].isalnum():
                open_at = i  # a mistyped opening mark ('”Fortunately, ...” ― a reader'): shaped like one
        elif open_at is None:
            if (i == lo or text[i - 1] in _OPEN_CONTEXT) and not _stray(text, j, hi):
                open_at = i
        elif text[i - 1].isspace() and j < hi and text[j].isalnum():
            # Shaped like an opener, not a closer: the quotation ran on unclosed
            # (a paragraph break lost in export) and a new one starts here.
            spans.append((open_at, i))
            open_at = i
        else:
            spans.append((open_at, j))
            open_at = None
    return spans, open_at


def _lost_close(text: str, open_at: int, i: int, j: int, hi: int) -> int | None:
    """Where a quotation opened by “ at ``open_at`` ended when a second “ opens one in
    mid-line at ``i`` before any ” closed it, and a line break lies between: the first
    line break after the opening mark. Copy laid out one sentence to a line (no blank
    lines between paragraphs) keeps a quotation that lost its closing mark inside one
    block, where it would otherwise run on until the next quotation's ” and take the
    writer's own lines with it ('tweeted: “We open tomorrow.⏎Now the supposedly
    “independent” review ...'). A “ at the start of a line is a quotation reopened on
    the next paragraph (AP style), one after an ellipsis ('… […] “Was it ...') goes on
    after a cut in the same quotation, and one with no line break before it is left
    alone: None for those."""
    if text[i - 1] == "\n" or not (text[i - 1] in _OPEN_CONTEXT) or _stray(text, j, hi, curly=True) \
            or text[max(open_at, i - 8):i].rstrip().endswith(("…", "...", "[…]", "[...]")):
        return None
    brk = text.find("\n", open_at, i)
    return brk if brk > open_at else None


def _stray(text: str, j: int, hi: int, curly: bool = False) -> bool:
    """Whether an opening mark ending at ``j`` opens nothing: the block ends or a space
    follows ('the Jews. "⏎It can't be'), or, after a straight mark, a closing punctuation
    mark ('said: ".'): a closer whose opener was lost. Left alone, it would open a
    quotation that runs to the end of the paragraph over the writer's own words. A curly
    “ before punctuation is still an opener ('“.⏎This is' a quotation with a stray full
    stop), and an ellipsis may open a quotation."""
    if j >= hi:
        return True
    nxt = text[j]
    return nxt.isspace() or (not curly and (nxt in ",;:!?" or (nxt == "." and text[j + 1:j + 2] != ".")))


#: Words a quotation opened by “ may run before a mismatched single closer ends it.
MISMATCH_WORDS = 6
_MISMATCHED_CLOSE = recache.compile(r"(?:[^\s“”\"‘’']+\s+){0,%d}?[^\s“”\"‘’']*[A-Za-z][’'](?=[\s,.;:!?)—–-]|$)" % (MISMATCH_WORDS - 1))


def _mismatched(text: str, open_at: int, hi: int) -> int | None:
    """The end of a quotation opened by “ that a single mark closes within a few words
    ('plans to “decapitate’ the leadership'), when no ” closes it in its paragraph: the
    writer mistyped the closer, and the words after it are the writer's again."""
    if text[open_at] != "“":
        return None
    m = _MISMATCHED_CLOSE.match(text, open_at + 1, hi)
    return m.end() if m else None


#: A decade cut to two digits ("the ‘80s and ‘90s"): the mark stands for the century, an
#: apostrophe however it is shaped, and opens nothing ("‘24 hours’" is a quotation).
_ELIDED_YEAR = recache.compile(r"[‘']\d\ds\b")


def _single_quotes(text: str, lo: int, hi: int, skip: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Single-quote spans, telling an apostrophe (Zelensky’s, soldiers’) from a closing ’.

    An opener (‘ or ') follows the start, a space or an opening bracket and precedes a
    letter; its closer is the first ’ or ' after it that is not between two letters
    and is followed by a space, punctuation or the end. Marks inside double-quote
    spans (``skip``) belong to those quotations and are left alone.
    """
    marks = [m.start() for m in _SINGLE.finditer(text, lo, hi)
             if not _inside(m.start(), skip) and "''" not in text[max(m.start() - 1, 0):m.start() + 2]]
    # Whether a mark can close depends only on the mark, so the closers are listed once and
    # each opener finds its closer by bisection: linear in the marks, not quadratic.
    closers = [j for j in marks if text[j] != "‘" and (j + 1 >= hi or text[j + 1] in _CLOSE_FOLLOW)
               and not (text[j - 1].isalnum() and j + 1 < hi and text[j + 1].isalpha())]
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(text, lo, hi)]
    spans = []
    k = 0
    while k < len(marks):
        i = marks[k]
        k += 1
        if text[i] == "’" or not (i == lo or text[i - 1] in _OPEN_CONTEXT) or not (
                i + 1 < hi and text[i + 1].isalnum()) or _ELIDED_YEAR.match(text, i, hi):
            continue
        c = bisect.bisect_right(closers, i + 1)
        if c == len(closers):
            continue
        j = closers[c]
        b = bisect.bisect_left(breaks, i)
        if b < len(breaks) and breaks[b] + 2 <= j:
            continue  # a paragraph break comes first: the quotation never closes
        spans.append((i, j + 1))
        k = bisect.bisect_right(marks, j)
    return spans


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _word_count(quoted: str) -> int:
    """Words inside a quotation, its marks and punctuation left out (''super PACs.'' is
    two words, not five tokens)."""
    return sum(1 for t in TOKEN.findall(quoted) if t[0].isalnum())


def find_quotes(article: Article) -> list[Quote]:
    """All quotation spans, double and single, with AP multi-paragraph continuation."""
    text = article.text
    quotes: list[Quote] = []
    carry: int | None = None  # a double quote left open at the end of the previous block
    blocks = article.blocks
    for bi, block in enumerate(blocks):
        if block.kind == RESIDUE:
            carry = None
            continue
        lo, hi = block.start, block.end
        continues = carry is not None  # AP: this paragraph reopens the previous one's quote
        carry = None
        doubles, open_at = _double_quotes(text, lo, hi)
        if open_at is not None:
            nxt = blocks[bi + 1] if bi + 1 < len(blocks) else None
            carry = open_at if nxt is not None and text[nxt.start] in "“\"" else None
            end = _mismatched(text, open_at, hi) if carry is None else None
            doubles.append((open_at, end or hi))  # runs to the end of the block unless mistyped
        singles = _single_quotes(text, lo, hi, sorted(doubles))
        for s, e in sorted(doubles + singles):
            q = Quote(s, e, _word_count(text[s:e]))
            q.continued = continues and s == lo
            quotes.append(q)
    quotes.sort(key=lambda q: q.start)
    return quotes


def attribute_quotes(doc: Doc) -> None:
    """Mark quotations that have a speaker: a reporting cue outside quotes in the
    quote's own sentence(s), or a floating quote continuing an attributed one.

    This is the quote-level half of attribution; the full source/cue/content
    analysis builds on it.
    """
    if not doc.quotes:
        return
    cues = vocab().cues  # reporting verbs and phrases (statement nouns do not attribute a quote)
    cue_sentences: set[int] = set()  # sentences holding a reporting cue outside quotes
    cue_blocks: set[int] = set()  # blocks holding one
    for si, (sent, found) in enumerate(zip(doc.sentences, sentence_matches(cues, doc))):
        for m in found:
            if m.payload[1] == "noun":
                continue
            s, e = doc.span(m.first, m.last)
            if doc.quote_at(s, e) is None:
                cue_sentences.add(si)
                cue_blocks.add(sent.block)
    prev: Quote | None = None
    prev_sentence_block = -1
    for q in doc.quotes:
        i = doc.sentence_index(q.start)
        j = max(doc.sentence_index(max(q.end - 1, q.start)), i)
        sents = doc.sentences[i:j + 1]
        has_cue = any(si in cue_sentences for si in range(i, j + 1))
        block = doc.article.blocks[sents[0].block] if sents else None
        if not has_cue and block is not None and block.kind == BLOCKQUOTE:
            # A block quote is attributed by a cue inside it or in the paragraph before it.
            has_cue = bool({sents[0].block, sents[0].block - 1} & cue_blocks)
        if not has_cue and prev is not None and prev.attributed:
            # Floating quotation: a sentence that is wholly quoted right after an
            # attributed quote in the same block, or an AP continuation.
            first = sents[0] if sents else None
            wholly = first is not None and _wholly_quoted(doc, q, sents)
            same_block = first is not None and first.block == prev_sentence_block
            has_cue = (wholly and same_block) or q.continued
        q.attributed = has_cue
        prev = q
        prev_sentence_block = sents[0].block if sents else -1
    # A quotation continued across paragraphs is one quotation: attribution found
    # in a later part (AP style often names the speaker there) covers the earlier part.
    for k in range(len(doc.quotes) - 1, 0, -1):
        q = doc.quotes[k]
        if q.continued and q.attributed:
            earlier = doc.quotes[k - 1]
            earlier.attributed = True


def _wholly_quoted(doc: Doc, q: Quote, sents: list[Sentence]) -> bool:
    text = doc.text
    lead = text[sents[0].start:q.start].strip()
    tail = text[q.end:sents[-1].end].strip()
    return len(lead) <= 1 and len(tail) <= 1
