"""Posts embedded in a story: the poster's words, not the writer's.

A page that embeds a social-media post keeps it as markup naming its author
(``<tweet author="JaneDoe" ...>Text</tweet>``) or, copied as text, as the post followed by
its credit line (``Text — Jane Doe (@janedoe) June 29, 2016``, the form an embedded tweet
takes without its script). Either way the words are the poster's, quoted: a loaded word
inside them is not the writer's choice. The shapes are data (``linter/vocab/embeds.toml``); this
module finds the spans.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import recache
from .prefilter import cached_needs, fold, folded, may_match
from .vocab import read_toml


_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern, tuple], ...]:
    """Each pattern with what every match of it holds (``prefilter``): a story without an
    author's handle or a tweet element is not searched (the credit-line pattern tries
    every line start of every story otherwise)."""
    posts = read_toml("embeds.toml")["posts"]
    found = cached_needs(posts, _FLAGS)
    return tuple((recache.compile(p, _FLAGS), found[p]) for p in posts)


def spans(text: str, low: str | None = None) -> tuple[tuple[int, int], ...]:
    """The spans of the text that are embedded posts with a named author, in order (the
    group ``post`` of each pattern); ``low``: the text's ``prefilter.fold``, if made."""
    low = fold(text) if low is None else low
    out = [m.span("post") for p, need in _patterns() if may_match(need, low) for m in p.finditer(text)]
    return tuple(sorted(out))


def _of(doc) -> tuple[tuple[int, int], ...]:
    return doc.derived("embedded-posts", lambda: spans(doc.text, folded(doc)))


def inside(doc, start: int, end: int) -> bool:
    """Whether ``start:end`` lies inside an embedded post of the document."""
    return any(a <= start and end <= b for a, b in _of(doc))


def overlaps(doc, start: int, end: int) -> bool:
    """Whether ``start:end`` shares text with an embedded post (a sentence that holds one)."""
    return any(a < end and start < b for a, b in _of(doc))
