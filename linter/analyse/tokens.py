"""Word tokens with spans, shared by the annotator and by term lists.

One regular expression, one pass. A word may be hyphenated (``so-called``); a
possessive or contraction suffix (``’s``, ``n't`` parts) is a token of its own so
``Zelensky’s claim`` matches the term ``claim``; numbers keep their separators.
Token norms are lower case with curly apostrophes made straight.
"""

from __future__ import annotations

import re

TOKEN = re.compile(
    r"\d+(?:[.,]\d+)*"                      # 55,000  1.2  -20
    r"|[^\W\d_][^\W_]*(?:[-‐‑][^\W_]+)*"     # words, hyphenated words
    r"|[’'](?:s|t|re|ve|ll|d|m)\b"          # ’s 're 'll ... after a word
    r"|[^\s\w]",                            # any other single symbol
    re.UNICODE,
)
#: Applied after lower-casing: curly apostrophes and Unicode hyphens made plain.
FOLD = str.maketrans({"’": "'", "‘": "'", "‐": "-", "‑": "-"})


def norm(token: str) -> str:
    """The matching form of a token."""
    return token.lower().translate(FOLD)


def tokenize(text: str) -> list[tuple[int, int, str]]:
    """(start, end, norm) for every token of ``text``."""
    return [(m.start(), m.end(), norm(m.group())) for m in TOKEN.finditer(text)]


def words(text: str) -> list[str]:
    """Normalised tokens that are words or numbers (no punctuation)."""
    return [n for _, _, n in tokenize(text) if n[0].isalnum()]
