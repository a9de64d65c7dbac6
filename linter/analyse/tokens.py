"""Word tokens with spans, shared by the annotator and by term lists.

One regular expression, one pass. A word may be hyphenated (``so-called``); a
possessive or contraction suffix (``’s``, ``n't`` parts) is a token of its own so
``Zelensky’s claim`` matches the term ``claim``; numbers keep their separators.
Token norms are lower case with curly apostrophes made straight.
"""

from __future__ import annotations

import re
from itertools import accumulate

from . import recache

TOKEN = recache.compile(
    r"\d+(?:[.,]\d+)*"                      # 55,000  1.2  -20
    r"|[^\W\d_][^\W_]*(?:[-‐‑][^\W_]+)*"     # words, hyphenated words
    r"|[’'](?:s|t|re|ve|ll|d|m)\b"          # ’s 're 'll ... after a word
    r"|[^\s\w]",                            # any other single symbol
    re.UNICODE,
)
#: ``TOKEN`` for a text that is all ASCII (most articles), each class spelt out in ASCII
#: characters: the same matches there (``[^\W\d_]`` is a letter, ``[^\s\w]`` neither white
#: space, which in Unicode holds \x1c-\x1f too, nor a word character; the Unicode hyphens
#: cannot occur), from character sets the engine tests by bitmap instead of asking the
#: Unicode database about every character.
ASCII_TOKEN = recache.compile(
    r"[0-9]+(?:[.,][0-9]+)*"
    r"|[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*"
    r"|'(?:s|t|re|ve|ll|d|m)\b"
    r"|[^\t\n\x0b\x0c\r\x1c-\x1f A-Za-z0-9_]",
    re.ASCII,
)
#: The two patterns as one group to split on: the text between tokens and the tokens
#: alternate in the pieces, and their lengths give the offsets (no match object per token).
_SPLIT = recache.compile(f"({TOKEN.pattern})", re.UNICODE)
_ASCII_SPLIT = recache.compile(f"({ASCII_TOKEN.pattern})", re.ASCII)
#: Applied after lower-casing: curly apostrophes and Unicode hyphens made plain.
#: Characters a token's matching form writes otherwise (curly apostrophes, hyphens).
FOLD_PAIRS = (("’", "'"), ("‘", "'"), ("‐", "-"), ("‑", "-"))
FOLD = str.maketrans(dict(FOLD_PAIRS))


def replace_each(text: str, pairs: tuple[tuple[str, str], ...]) -> str:
    """``text.translate`` by a table of single characters given as pairs: one
    ``str.replace`` per pair, many times faster over a whole article than ``translate``
    with a table of non-ASCII characters (the pairs' targets are none of their sources)."""
    for old, new in pairs:
        text = text.replace(old, new)
    return text


def token_spans(text: str) -> tuple[list[int], list[int]]:
    """The starts and ends of ``TOKEN.finditer(text)``'s matches: ``split`` on the pattern
    as a group gives gap, token, gap, ..., gap, and the running sum of the pieces'
    lengths is every boundary (a token never matches empty, so the pieces alternate)."""
    pieces = (_ASCII_SPLIT if text.isascii() else _SPLIT).split(text)
    n = len(pieces) // 2
    bounds = list(accumulate(map(len, pieces), initial=0))
    return bounds[1:2 * n:2], bounds[2:2 * n + 1:2]


def norm(token: str) -> str:
    """The matching form of a token."""
    return token.lower().translate(FOLD)


def tokenize(text: str) -> list[tuple[int, int, str]]:
    """(start, end, norm) for every token of ``text``."""
    return [(m.start(), m.end(), norm(m.group())) for m in TOKEN.finditer(text)]


def words(text: str) -> list[str]:
    """Normalised tokens that are words or numbers (no punctuation)."""
    return [n for _, _, n in tokenize(text) if n[0].isalnum()]
