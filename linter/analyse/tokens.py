"""Word tokens with spans, shared by the annotator and by term lists.

One regular expression, one pass. A word may be hyphenated (``so-called``); a
possessive or contraction suffix (``’s``, ``n't`` parts) is a token of its own so
``Zelensky’s claim`` matches the term ``claim``; numbers keep their separators.
Token norms are lower case with curly apostrophes made straight.
"""

from __future__ import annotations

import re
from . import recache

TOKEN = recache.compile(
    r"\d+(?:[.,]\d+)*"                      # 55,000  1.2  -20
    r"|[^\W\d_][^\W_]*(?:[-‐‑][^\W_]+)*"     # words, hyphenated words
    r"|[’'](?:s|t|re|ve|ll|d|m)\b"          # ’s 're 'll ... after a word
    r"|[^\s\w]",                            # any other single symbol
    re.UNICODE,
)
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


def norm(token: str) -> str:
    """The matching form of a token."""
    return token.lower().translate(FOLD)


def tokenize(text: str) -> list[tuple[int, int, str]]:
    """(start, end, norm) for every token of ``text``."""
    return [(m.start(), m.end(), norm(m.group())) for m in TOKEN.finditer(text)]


def words(text: str) -> list[str]:
    """Normalised tokens that are words or numbers (no punctuation)."""
    return [n for _, _, n in tokenize(text) if n[0].isalnum()]
