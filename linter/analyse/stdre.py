"""Patterns written for the ``regex`` module, run on the standard library's ``re``.

Recent NLTK compiles every pattern with the third-party ``regex`` engine and runs each
match under a timeout; for Punkt's fixed, linear patterns the standard library is three
times faster. The two engines disagree on what ``\\w``, ``\\s`` and ``\\d`` cover (about
30,000 code points: combining marks, ``½``, the information separators U+001C-U+001F,
digits of recent scripts), so a pattern is not simply recompiled: every character class
and class escape in it is replaced by the explicit ranges of the characters that
``regex`` matches with it, found by running ``regex`` itself over every code point.
The rest of the pattern (groups, lookarounds, quantifiers, anchors) means the same in
both engines. The translations are kept in the cache, keyed by the ``regex`` version.
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache

from .cache import blake2b
from . import recache
from .cache import cached

_ESCAPES = "dDsSwW"
_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE


@lru_cache(maxsize=1)
def _every() -> str:
    return "".join(map(chr, range(sys.maxunicode + 1)))


def _members(source: str, flags: int) -> str:
    """The characters the ``regex`` class ``source`` matches, as an explicit class (a
    class without class escapes means the same in both engines and is kept)."""
    if flags & re.IGNORECASE == 0 and not re.search(r"\\[dDsSwW]", source):
        return source
    import regex

    # the text is every code point in order, so a run of matches is a range
    runs = [m.span() for m in regex.finditer(f"(?:{source})+", _every(), flags & regex.IGNORECASE)]
    body = "".join(f"\\U{s:08x}" if e == s + 1 else f"\\U{s:08x}-\\U{e - 1:08x}" for s, e in runs)
    return f"[{body}]" if body else "(?!)"


def _class_end(pattern: str, start: int) -> int:
    """Index just past the character class opening at ``start``."""
    i = start + 1
    if i < len(pattern) and pattern[i] == "^":
        i += 1
    if i < len(pattern) and pattern[i] == "]":
        i += 1
    while pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i + 1


def _translate(pattern: str, flags: int) -> str:
    """The pattern with each class and class escape spelled out for ``re``."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and pattern[i + 1] in _ESCAPES:
            out.append(_members(pattern[i:i + 2], flags))
            i += 2
        elif c == "\\":
            out.append(pattern[i:i + 2])
            i += 2
        elif c == "[":
            end = _class_end(pattern, i)
            out.append(_members(pattern[i:end], flags))
            i = end
        elif c == "#" and flags & re.VERBOSE:  # a comment runs to the end of the line
            end = pattern.find("\n", i)
            end = len(pattern) if end < 0 else end
            out.append(pattern[i:end])
            i = end
        else:
            out.append(c)
            i += 1
    return "".join(out)


def compile_like_regex(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile`` of a pattern so that it matches as ``regex.compile(pattern, flags)``
    does (flags: the ``re``/``regex`` values of I, M, S and X, which are the same)."""
    flags &= _FLAGS
    key = blake2b(f"{flags}:{pattern}".encode(), digest_size=8).hexdigest()
    version = _regex_version()
    translated = cached(f"stdre-{version}-{key}.marshal", lambda: _translate(pattern, flags))
    return recache.compile(translated, flags)


def _regex_version() -> str:
    import importlib.util
    import os

    spec = importlib.util.find_spec("regex")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("regex")
    st = os.stat(spec.origin)
    return f"{st.st_size}-{st.st_mtime_ns}-{sys.version_info[0]}.{sys.version_info[1]}"
