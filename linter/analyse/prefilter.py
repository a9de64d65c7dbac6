"""Literal pre-filters for regular expressions: the words a pattern cannot match without.

A cue pattern that cannot match an article is still run over the whole of it, block by
block; most articles lack the one word every match of it holds ("survived", "minute",
"verdict"). ``needs(pattern)`` reads the pattern's parse tree (the standard library's
``re._parser``) for sets of strings of which every match must contain one, each set
necessary on its own; ``fold(text)`` lowers an article once; ``may_match`` is then a
few substring tests, and the pattern runs only where they all pass, so what it finds is
unchanged.

Case: the strings are ASCII and lower case. Under ``re.IGNORECASE`` an ASCII letter
matches only characters whose ``str.lower()`` is that letter, except three ("İ" lowers to
two characters; dotless "ı" and long "ſ" match "i" and "s" but lower to themselves), which
``fold`` writes as the letter they match; a case-sensitive part matches a subset.
"""

from __future__ import annotations

import sys
from itertools import product

from .cache import blake2b
from .._version import __version__
from .cache import cached

try:
    from re import _constants as C
    from re import _parser
except ImportError:  # another implementation: no pre-filter, every pattern runs
    _parser = None

#: Most strings an exact set of a pattern's part keeps before it is cut into needs.
MOST = 48
#: Most need sets kept for a pattern (the most selective: longest shortest string).
KEEP = 3
#: Characters whose lower case is not the ASCII letter they match under IGNORECASE.
_ODD = (("i\u0307", "i"), ("\u0131", "i"), ("\u017f", "s"))


def fold(text: str) -> str:
    """The text as the needs are compared with it: lower case, with the three odd
    characters written as the letter they match."""
    low = text.lower()
    for odd, letter in _ODD:
        if odd in low:
            low = low.replace(odd, letter)
    return low


def folded(doc) -> str:
    """``fold`` of a document's text, made once and kept with the document."""
    return doc.derived("folded-text", lambda: fold(doc.text))


def may_match(needs: tuple[tuple[str, ...], ...], folded: str) -> bool:
    """Whether every need set has a string in the folded text (if not, no match)."""
    for strings in needs:
        for s in strings:
            if s in folded:
                break
        else:
            return False
    return True


def may_match_between(needs: tuple[tuple[str, ...], ...], folded: str, start: int, end: int) -> bool:
    """``may_match`` for a match inside ``folded[start:end]`` (whose strings lie there)."""
    for strings in needs:
        for s in strings:
            if folded.find(s, start, end) >= 0:
                break
        else:
            return False
    return True


def needs(pattern: str, flags: int = 0) -> tuple[tuple[str, ...], ...]:
    """Sets of strings (lower-case ASCII), each holding a substring of every match of
    the pattern; empty when nothing is known."""
    if _parser is None:
        return ()
    _exact, found = _sequence(list(_parser.parse(pattern, flags)))
    usable = [tuple(sorted(s)) for s in found if s and all(x and x.isascii() for x in s)]
    usable.sort(key=lambda s: (-min(map(len, s)), len(s)))
    return tuple(dict.fromkeys(usable[:KEEP]))


def cached_needs(patterns: list[str], flags: int) -> dict[str, tuple]:
    """``needs`` of each pattern, kept in the cache (reading the parse trees of the genre
    cues costs a single-file run some milliseconds)."""
    key = blake2b(repr((__version__, sys.version_info[:2], KEEP, MOST, flags, patterns)).encode("utf-8"),
                          digest_size=12).hexdigest()
    return cached(f"needs-{key}.marshal", lambda: {p: needs(p, flags) for p in patterns})


def _sequence(items: list) -> tuple[set[str] | None, list[set[str]]]:
    """(the exact strings a sequence matches, or None; the need sets found in it)."""
    found: list[set[str]] = []
    current: set[str] | None = {""}
    exact_all = True
    for op, av in items:
        exact, inner = _node(op, av)
        found.extend(inner)
        if exact is None:
            exact_all = False
            if current and current != {""}:
                found.append(current)
            current = {""}
            continue
        if len(current) * len(exact) > MOST:
            exact_all = False
            if current != {""}:
                found.append(current)
            current = {""}
        current = {a + b for a, b in product(current, exact)}
    if current != {""}:
        found.append(current)
    return (current if exact_all else None), found


def _node(op, av) -> tuple[set[str] | None, list[set[str]]]:
    """(the exact strings one parse node matches, or None; need sets inside it)."""
    if op is C.LITERAL:
        return {chr(av).lower()}, []
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return {""}, []  # zero width: the text on either side is contiguous
    if op is C.IN:
        return _charset(av), []
    if op is C.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is C.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is C.BRANCH:
        return _branch(av[1])
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
        return _repeat(*av)
    return None, []


def _charset(members) -> set[str] | None:
    chars: set[str] = set()
    for op, av in members:
        if op is C.LITERAL:
            chars.add(chr(av).lower())
        elif op is C.RANGE and av[1] - av[0] < 10:
            chars.update(chr(c).lower() for c in range(av[0], av[1] + 1))
        else:
            return None  # NEGATE, a category, a wide range
    return chars or None


def _branch(alternatives) -> tuple[set[str] | None, list[set[str]]]:
    exact: set[str] | None = set()
    either: set[str] | None = set()
    for alt in alternatives:
        e, found = _sequence(list(alt))
        exact = exact | e if exact is not None and e is not None else None
        best = _best([e] if e is not None else found)
        either = either | best if either is not None and best is not None else None
    if exact is not None and len(exact) <= MOST:
        return exact, []
    return None, ([either] if either else [])


def _repeat(low: int, high, item) -> tuple[set[str] | None, list[set[str]]]:
    exact, found = _sequence(list(item))
    if exact is not None and high == 1:
        return ((exact | {""}) if low == 0 else exact), []
    if low == 0:
        return None, []
    return None, ([exact] if exact is not None and exact != {""} else found)


def _best(sets: list[set[str] | None]) -> set[str] | None:
    """The most selective usable set (every string non-empty ASCII), or None."""
    usable = [s for s in sets if s and all(x and x.isascii() for x in s)]
    return max(usable, key=lambda s: (min(map(len, s)), -len(s))) if usable else None
