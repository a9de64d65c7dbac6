"""Plain-text articles: first line is the headline, blank lines separate blocks."""

from __future__ import annotations

import re

from ..article import BYLINE, HEADLINE, PARAGRAPH, Article, Piece
from ..source import Source

_BLANK = re.compile(r"\n[ \t\r\u00a0]*\n")
_BYLINE = re.compile(r"^By\s+[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,4}(?:\s*(?:,|and)\s+.*)?$")


def read_text(source: Source) -> list[Article]:
    """Split a .txt file into headline and paragraph pieces with exact offsets."""
    pieces: list[Piece] = []
    text = source.text
    pos = 0
    for match in _BLANK.finditer(text + "\n\n"):
        chunk = text[pos:match.start()]
        offset = pos
        pos = match.end()
        lead = len(chunk) - len(chunk.lstrip())
        chunk, offset = chunk[lead:], offset + lead
        if not chunk.strip():
            continue
        if not pieces:
            # The headline is the first line; anything under it in the same block is body.
            first, _, rest = chunk.partition("\n")
            pieces.append(Piece.contiguous(HEADLINE, first.rstrip("\r"), offset))
            if rest.strip():
                pieces.append(Piece.contiguous(PARAGRAPH, rest, offset + len(first) + 1))
            continue
        kind = BYLINE if len(pieces) <= 2 and _BYLINE.match(chunk.strip()) else PARAGRAPH
        pieces.append(Piece.contiguous(kind, chunk, offset))
    return [Article.assemble(source, pieces)]


def read_snippet(source: Source) -> list[Article]:
    """Body-only text (rule examples, API snippets): no headline is taken."""
    pieces = []
    text = source.text
    pos = 0
    for match in _BLANK.finditer(text + "\n\n"):
        chunk = text[pos:match.start()]
        if chunk.strip():
            pieces.append(Piece.contiguous(PARAGRAPH, chunk, pos))
        pos = match.end()
    return [Article.assemble(source, pieces)]
