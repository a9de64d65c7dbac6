"""HTML pages and fragments, read with the standard library's HTML parser.

``html.parser`` is a real, spec-tolerant tokenizer that reports the source position
of every tag, text run and character reference; that is what lets every character
of the extracted text map back to its exact line and column. (Third-party parsers
such as lxml or selectolax build a tree but do not keep character positions.)
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from ..model.article import (BLOCKQUOTE, BYLINE, CAPTION, HEADING, HEADLINE, LIST_ITEM, PARAGRAPH,
                             STANDFIRST, Article, Piece)
from ..model.source import Source
from .files import MalformedInput

#: Subtrees that are never article text.
IGNORED = frozenset({"script", "style", "nav", "noscript", "template", "svg", "form", "button",
                     "iframe", "select", "head", "footer", "object", "canvas", "math"})
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                  "source", "track", "wbr"})
BLOCK_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "footer",
                        "div", "section", "article", "main", "header", "figure", "ul", "ol", "dl",
                        "dt", "dd", "table", "tr", "td", "th", "pre", "body", "html", "aside",
                        "address", "hr", "br_block", "caption"})
_WS = re.compile(r"\s+|\S+")
_STANDFIRST = re.compile(r"\b(standfirst|dek|deck|summary|subtitle|subhead|lede|intro|excerpt)\b")
_BYLINE = re.compile(r"\b(byline|author|by-line|credit)\b")
_PULL = re.compile(r"\bpull-?quote\b")
#: The mark of a block quotation's credit line (its <footer> or <cite>).
CREDIT_MARK = frozenset({"credit"})


class _Collector(HTMLParser):
    def __init__(self, base: int, line_starts: list[int]) -> None:
        super().__init__(convert_charrefs=False)
        self.base = base
        self.line_starts = line_starts
        self.stack: list[tuple[str, str]] = []  # (tag, class attribute)
        self.ignoring: tuple[str, int] | None = None
        self.pieces: list[Piece] = []
        self.buf: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.seen_headline = False
        self.title: Piece | None = None
        self.in_title = False
        self.title_buf: tuple[list[str], list[int], list[int]] = ([], [], [])

    # --- positions ---------------------------------------------------------
    def _offset(self) -> int:
        line, col = self.getpos()
        return self.base + self.line_starts[line - 1] + col

    # --- text accumulation ---------------------------------------------------
    def _append(self, data: str, offset: int, collapse: bool = True) -> None:
        buf, starts, ends = (self.title_buf if self.in_title else (self.buf, self.starts, self.ends))
        for m in _WS.finditer(data):
            chunk = m.group()
            pos = offset + m.start()
            if chunk[0].isspace() and collapse:
                if buf and buf[-1] == " ":
                    continue
                buf.append(" ")
                starts.append(pos)
                ends.append(pos + 1)
            else:
                buf.append(chunk)
                starts.extend(range(pos, pos + len(chunk)))
                ends.extend(range(pos + 1, pos + len(chunk) + 1))

    def _flush(self) -> None:
        text = "".join(self.buf)
        if text.strip():
            kind, tags = self._kind()
            self.pieces.append(Piece(kind, text, self.starts, self.ends, tags))
        self.buf, self.starts, self.ends = [], [], []

    def _kind(self) -> tuple[str, frozenset[str]]:
        tags = {t for t, _ in self.stack}
        classes = " ".join(c for _, c in self.stack).lower()
        marks = frozenset({"pullquote"}) if _PULL.search(classes) else frozenset()
        if tags & {"h1", "h2", "h3", "h4", "h5", "h6"}:
            first = not self.seen_headline and ("h1" in tags or not self.pieces)
            if first:
                self.seen_headline = True
                return HEADLINE, marks
            return HEADING, marks
        if "figcaption" in tags or "caption" in tags:
            return CAPTION, marks
        if "blockquote" in tags:
            # <footer> and <cite> inside a block quotation name its speaker
            return BLOCKQUOTE, marks | (CREDIT_MARK if tags & {"footer", "cite"} else frozenset())
        if "li" in tags:
            return LIST_ITEM, marks
        if _BYLINE.search(classes) or "address" in tags:
            return BYLINE, marks
        if _STANDFIRST.search(classes):
            return STANDFIRST, marks
        return PARAGRAPH, marks

    def _breaks(self, tag: str) -> bool:
        """Whether a tag starts or ends a block: the block tags, and a <cite> that stands
        on its own in a block quotation (its credit), not one inside a paragraph."""
        if tag == "cite":
            open_tags = {t for t, _ in self.stack}
            return "blockquote" in open_tags and "p" not in open_tags
        return tag in BLOCK_TAGS

    # --- parser callbacks ------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
            return
        if self.ignoring:
            if tag == self.ignoring[0]:
                self.ignoring = (tag, self.ignoring[1] + 1)
            return
        if tag in VOID:
            self.handle_startendtag(tag, attrs)
            return
        if tag in IGNORED and not (tag == "footer" and "blockquote" in {t for t, _ in self.stack}):
            self.ignoring = (tag, 1)  # a block quotation's <footer> is its credit, kept
            return
        if self._breaks(tag):
            self._flush()
        cls = next((v or "" for k, v in attrs if k == "class"), "")
        self.stack.append((tag, cls))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.ignoring:
            return
        if tag == "br":
            self._append("\n", self._offset(), collapse=False)
        elif tag in BLOCK_TAGS or tag == "hr":
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            if self.in_title:
                self.in_title = False
                b, s, e = self.title_buf
                if "".join(b).strip() and self.title is None:
                    self.title = Piece(HEADLINE, "".join(b), s, e)
            return
        if self.ignoring:
            if tag == self.ignoring[0]:
                depth = self.ignoring[1] - 1
                self.ignoring = (tag, depth) if depth else None
            return
        if tag in VOID or tag not in [t for t, _ in self.stack]:
            return  # void or stray end tag
        if self._breaks(tag):
            self._flush()
        while self.stack:
            top, _ = self.stack.pop()
            if top == tag:
                break
    def handle_data(self, data: str) -> None:
        if self.ignoring and not self.in_title:
            return
        self._append(data, self._offset())

    def _ref(self, raw: str) -> None:
        if self.ignoring and not self.in_title:
            return
        start = self._offset()
        char = html.unescape(raw)
        buf, starts, ends = (self.title_buf if self.in_title else (self.buf, self.starts, self.ends))
        if char.isspace():
            if buf and buf[-1] == " ":
                return
            char = " "
        for c in char:
            buf.append(c)
            starts.append(start)
            ends.append(start + len(raw))

    def handle_entityref(self, name: str) -> None:
        self._ref(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._ref(f"&#{name};")


def html_pieces(text: str, base: int) -> list[Piece]:
    """Blocks of an HTML string that starts at source offset ``base``."""
    # html.parser counts lines by LF alone, so its (line, column) positions are mapped
    # back with LF-only line starts, whatever the file's line endings.
    starts = [0]
    i = text.find("\n")
    while i != -1:
        starts.append(i + 1)
        i = text.find("\n", i + 1)
    parser = _Collector(base, starts)
    try:
        parser.feed(text)
        parser.close()
    except (AssertionError, ValueError, IndexError) as exc:  # html.parser gives up on some markup ("<![>")
        raise MalformedInput(f"malformed HTML near offset {base + _last_offset(parser)} "
                             f"({exc or type(exc).__name__})") from None
    parser._flush()
    pieces = parser.pieces
    if parser.title and not any(p.kind == HEADLINE for p in pieces):
        pieces.insert(0, parser.title)
    return pieces


def _last_offset(parser: _Collector) -> int:
    try:
        return parser._offset() - parser.base
    except (IndexError, AttributeError):
        return 0


def read(source: Source, fields: dict | None = None) -> list[Article]:
    return [Article.assemble(source, html_pieces(source.text, 0))]
