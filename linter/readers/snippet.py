"""Body text without a headline line (rule examples, API snippets): blank lines
separate paragraphs."""

from __future__ import annotations

from ..model.article import PARAGRAPH, Article, Piece
from ..model.source import Source
from .text import chunks


def read(source: Source, fields: dict | None = None) -> list[Article]:
    """Body-only text (rule examples, API snippets): no headline is taken."""
    pieces = []
    text = source.text
    for start, end in chunks(text):
        if text[start:end].strip():
            pieces.append(Piece.contiguous(PARAGRAPH, text[start:end], start))
    return [Article.assemble(source, pieces, plain=True)]
