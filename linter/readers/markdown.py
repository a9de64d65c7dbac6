"""Markdown articles, parsed with markdown-it-py (CommonMark).

Block tokens carry their source line ranges; the inline text of each block is
aligned back to those lines character by character, so emphasis markers, link
targets and entities never shift a finding.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

from ..model.article import (BLOCKQUOTE, BYLINE, CAPTION, HEADING, HEADLINE, LIST_ITEM, PARAGRAPH,
                             STANDFIRST, Article, Piece)
from ..model.source import LINE_BREAK, Source
from .align import align
from .html import html_pieces

_MD = MarkdownIt("commonmark")
_BYLINE = re.compile(r"^By\s+[A-Z]")


def _inline_piece(kind: str, inline, source: Source) -> tuple[Piece | None, dict]:
    """Text of one inline token with offsets, and facts about its children."""
    first, last = inline.map
    lo = source.line_starts[first]
    hi = source.line_starts[last] if last < len(source.line_starts) else len(source.text)
    src = source.text
    text: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    cursor = lo
    facts = {"images": 0, "emphasis_only": True, "has_text": False}
    depth = 0
    for child in inline.children or []:
        t = child.type
        if t in ("em_open", "strong_open"):
            depth += 1
            continue
        if t in ("em_close", "strong_close"):
            depth -= 1
            continue
        if t == "image":
            facts["images"] += 1
            # Skip past the image markup so alt text is not aligned to it.
            close = src.find(")", src.find("](", cursor, hi), hi)
            cursor = close + 1 if close != -1 else cursor
            continue
        if t in ("softbreak", "hardbreak"):
            # The line break in the file, whichever it is (CR LF, CR or LF): markdown-it
            # hands over "\n" for all of them.
            brk = LINE_BREAK.search(src, cursor, hi)
            if brk is not None:
                text.append("\n")
                starts.append(brk.start())
                ends.append(brk.end())
                cursor = brk.end()
            continue
        if t in ("text", "code_inline"):
            piece = child.content
        else:
            continue  # link_open/close, html_inline: markup only
        if not piece:
            continue
        if piece.strip():
            facts["has_text"] = True
            if depth == 0:
                facts["emphasis_only"] = False
        s, e, cursor = align(piece, src, cursor, hi)
        text.append(piece)
        starts.extend(s)
        ends.extend(e)
    if not "".join(text).strip():
        return None, facts
    return Piece(kind, "".join(text), starts, ends), facts


def read(source: Source, fields: dict | None = None) -> list[Article]:
    tokens = _MD.parse(source.text)
    pieces: list[Piece] = []
    context: list[str] = []  # open container blocks
    heading_tag = None
    prev_image_only = False
    for tok in tokens:
        t = tok.type
        if t in ("blockquote_open", "list_item_open"):
            context.append(t)
        elif t in ("blockquote_close", "list_item_close"):
            context.pop()
        elif t == "heading_open":
            heading_tag = tok.tag
        elif t == "html_block":
            # The block's own lines from the file (markdown-it hands over its content
            # with line endings normalised, which would shift every offset after a CR).
            first, last = tok.map
            base = source.line_starts[first]
            end = source.line_starts[last] if last < len(source.line_starts) else len(source.text)
            pieces.extend(html_pieces(source.text[base:end], base))
            prev_image_only = False
        elif t == "inline" and tok.map:
            if heading_tag:
                kind = HEADLINE if not any(p.kind == HEADLINE for p in pieces) else HEADING
                heading_tag = None
            elif "blockquote_open" in context:
                kind = BLOCKQUOTE
            elif "list_item_open" in context:
                kind = LIST_ITEM
            else:
                kind = PARAGRAPH
            piece, facts = _inline_piece(kind, tok, source)
            image_only = facts["images"] > 0 and not facts["has_text"]
            if piece is not None and kind == PARAGRAPH:
                if facts["emphasis_only"] and (facts["images"] or prev_image_only):
                    piece.kind = CAPTION
                elif facts["emphasis_only"] and _only_headline_before(pieces):
                    piece.kind = STANDFIRST
                elif _BYLINE.match(piece.text) and len(piece.text.split()) <= 8 and len(pieces) <= 3:
                    piece.kind = BYLINE
            prev_image_only = image_only
            if piece is not None:
                pieces.append(piece)
    return [Article.assemble(source, pieces)]


def _only_headline_before(pieces: list[Piece]) -> bool:
    return len(pieces) == 1 and pieces[0].kind == HEADLINE
