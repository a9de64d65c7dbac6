"""Attribution frames and quotations of an annotated article, placed in the file."""

from __future__ import annotations

from ..model.doc import Doc
from ..model.findings import Attribution, QuoteSpan, SourceSpan, Span


def attributions(doc: Doc, base: int) -> list[Attribution]:
    """The article's frames in file offsets; ``base`` is the number of attributions of
    earlier articles in the file (indexes are file-wide)."""
    article = doc.article
    src = article.source.text

    def span(s: int, e: int, text: bool = False) -> Span:
        a, b = article.source_span(s, e)
        return Span(a, b, src[a:b] if text else None)

    out = []
    for f in doc.frames:
        source = None
        if f.source:
            a, b = article.source_span(*f.source)
            source = SourceSpan(a, b, f.tier, src[a:b])
        out.append(Attribution(
            source=source, cue=span(*f.cue, text=True),
            content=tuple(span(s, e) for s, e in f.content if e > s), entity=f.entity,
            inherited_from=None if f.inherited_from is None else base + f.inherited_from))
    return out


def quotes(doc: Doc, base: int) -> list[QuoteSpan]:
    """The article's quotations in file offsets, each with its speaker's attribution index."""
    out = []
    for q, speaker in zip(doc.quotes, doc.speakers):
        a, b = doc.article.source_span(q.start, q.end)
        out.append(QuoteSpan(a, b, None if speaker is None else base + speaker))
    return out
