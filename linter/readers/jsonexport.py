"""CMS exports in JSON: one article object or a list of them.

The headline and body fields are configurable (several names may be given; the
first present wins). A body holding HTML is read with the HTML reader. String
values are decoded by a small scanner that keeps, for each decoded character,
the offsets of its escape sequence in the file, so findings point into the JSON.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from ..model.article import BYLINE, HEADLINE, PARAGRAPH, STANDFIRST, Article, Piece
from ..model.errors import InputError, NotAnArticle
from ..model.source import Source
from .html import html_pieces
from .text import chunks

DEFAULT_FIELDS = {
    "headline": ["headline", "title", "hed"],
    "body": ["body", "content", "text", "body_html", "article_body"],
    "standfirst": ["standfirst", "dek", "subtitle", "summary"],
    "byline": ["byline", "author"],
    "section": ["section", "genre", "category", "desk"],
}
_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][a-zA-Z0-9]*[^<>]*>")
_ESC = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_WS = re.compile(r"[ \t\r\n]*")
_NUM = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?")


@dataclass
class JStr:
    """A decoded JSON string with the source offsets of each character."""

    value: str
    starts: list[int]
    ends: list[int]


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text

    def value(self, i: int):
        i = _WS.match(self.text, i).end()
        c = self.text[i]
        if c == "{":
            obj = {}
            i = _WS.match(self.text, i + 1).end()
            if self.text[i] == "}":
                return obj, i + 1
            while True:
                key, i = self.string(_WS.match(self.text, i).end())
                i = _WS.match(self.text, i).end() + 1  # ':'
                obj[key.value], i = self.value(i)
                i = _WS.match(self.text, i).end()
                if self.text[i] == "}":
                    return obj, i + 1
                i += 1  # ','
        if c == "[":
            arr = []
            i = _WS.match(self.text, i + 1).end()
            if self.text[i] == "]":
                return arr, i + 1
            while True:
                item, i = self.value(i)
                arr.append(item)
                i = _WS.match(self.text, i).end()
                if self.text[i] == "]":
                    return arr, i + 1
                i += 1
        if c == '"':
            return self.string(i)
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, i):
                return val, i + len(word)
        m = _NUM.match(self.text, i)
        return m.group(), m.end()

    def string(self, i: int) -> tuple[JStr, int]:
        text = self.text
        i += 1  # opening quote
        out: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        while True:
            c = text[i]
            if c == '"':
                return JStr("".join(out), starts, ends), i + 1
            if c != "\\":
                out.append(c)
                starts.append(i)
                ends.append(i + 1)
                i += 1
                continue
            e = text[i + 1]
            if e != "u":
                out.append(_ESC[e])
                starts.append(i)
                ends.append(i + 2)
                i += 2
                continue
            code = int(text[i + 2:i + 6], 16)
            end = i + 6
            if 0xD800 <= code < 0xDC00 and text.startswith("\\u", end):
                low = int(text[end + 2:end + 6], 16)
                if 0xDC00 <= low < 0xE000:
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    end += 6
            out.append(chr(code))
            starts.append(i)
            ends.append(end)
            i = end


def _field(obj: dict, names: list[str]) -> JStr | None:
    for name in names:
        val = obj.get(name)
        if isinstance(val, JStr) and val.value.strip():
            return val
    return None


def _pieces_of(kind: str, js: JStr) -> list[Piece]:
    """Pieces of a string field: HTML when it holds tags, else blank-line paragraphs."""
    value = js.value
    if _TAG.search(value):
        local = html_pieces(value, 0)
        for p in local:  # re-map offsets local to the string onto the file
            p.starts = [js.starts[k] if k < len(js.starts) else js.ends[-1] for k in p.starts]
            p.ends = [js.ends[k - 1] if k > 0 else js.starts[0] for k in p.ends]
        return local
    if kind != PARAGRAPH:
        return [Piece(kind, value, js.starts, js.ends)]
    return [Piece(PARAGRAPH, value[pos:end], js.starts[pos:end], js.ends[pos:end])
            for pos, end in chunks(value) if value[pos:end].strip()]


#: Deepest nesting of arrays and objects read: an export of articles needs a few levels;
#: a file nested a thousand deep is refused before any recursive parser sees it.
MAX_DEPTH = 64
_STRUCTURE = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def _check_depth(source: Source) -> None:
    depth = 0
    for m in _STRUCTURE.finditer(source.text):
        c = m.group()
        if c in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                line, col = source.position(m.start())
                raise InputError(f"{source.path}:{line}:{col}: JSON nested more than {MAX_DEPTH} deep")
        elif c in "]}":
            depth -= 1


def read(source: Source, fields: dict[str, list[str]] | None = None) -> list[Article]:
    names = {**DEFAULT_FIELDS, **(fields or {})}
    _check_depth(source)
    try:
        json.loads(source.text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{source.path}:{exc.lineno}:{exc.colno}: malformed JSON ({exc.msg})") from None
    data, _ = _Scanner(source.text).value(0)
    items = data if isinstance(data, list) else [data]
    articles = []
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            raise NotAnArticle(f"{source.path}: item {index} is not a JSON object")
        body = _field(item, names["body"])
        if body is None:
            raise NotAnArticle(
                f"{source.path}: item {index} has no body field (looked for {', '.join(names['body'])})"
            )
        pieces: list[Piece] = []
        for kind, key in ((HEADLINE, "headline"), (STANDFIRST, "standfirst"), (BYLINE, "byline")):
            js = _field(item, names[key])
            if js is not None:
                pieces.extend(_pieces_of(kind, js))
        pieces.extend(_pieces_of(PARAGRAPH, body))
        article = Article.assemble(source, pieces, index, plain=not _TAG.search(body.value))
        section = _field(item, names["section"])
        article.section = section.value.strip() if section is not None else None
        articles.append(article)
    return articles
