"""Plain-text articles: first line is the headline, blank lines separate blocks."""

from __future__ import annotations

import re
from typing import Iterator

from ..model.article import BYLINE, HEADLINE, PARAGRAPH, Article, Piece
from ..model.source import BREAK, LINE_BREAK, Source

#: A blank line: what separates blocks in plain text (and in plain JSON bodies), whatever
#: the line endings (CR LF, CR or LF).
BLANK = re.compile(BREAK + r"[ \t\u00a0]*" + BREAK)


def chunks(text: str) -> Iterator[tuple[int, int]]:
    """[start, end) of each run of text between blank lines (runs may be blank)."""
    pos = 0
    for match in BLANK.finditer(text + "\n\n"):
        yield pos, min(match.start(), len(text))
        pos = match.end()


_BYLINE = re.compile(r"^By\s+[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,4}(?:\s*(?:,|and)\s+.*)?$")


def read(source: Source, fields: dict | None = None) -> list[Article]:
    """Split a .txt file into headline and paragraph pieces with exact offsets."""
    pieces: list[Piece] = []
    text = source.text
    for offset, end in chunks(text):
        chunk = text[offset:end]
        lead = len(chunk) - len(chunk.lstrip())
        chunk, offset = chunk[lead:], offset + lead
        if not chunk.strip():
            continue
        if not pieces:
            # The headline is the first line; anything under it in the same block is body.
            brk = LINE_BREAK.search(chunk)
            first = chunk[:brk.start()] if brk else chunk
            pieces.append(Piece.contiguous(HEADLINE, first, offset))
            rest = chunk[brk.end():] if brk else ""
            if rest.strip():
                pieces.append(Piece.contiguous(PARAGRAPH, rest, offset + brk.end()))
            continue
        kind = BYLINE if len(pieces) <= 2 and _BYLINE.match(chunk.strip()) else PARAGRAPH
        pieces.append(Piece.contiguous(kind, chunk, offset))
    return [Article.assemble(source, pieces, plain=True)]
