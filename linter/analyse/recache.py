"""Compiled regular expressions kept between runs.

``re.compile`` parses and compiles a pattern in Python (the standard library's
``re._parser`` and ``re._compiler``); Punkt's patterns with their spelt-out character
classes (``stdre``), the lexicon context conditions and the pack patterns cost more to
compile than linting one article costs. What the compiler produces is plain data (a
list of integers with the group names), handed to the engine's ``_sre.compile``: that
is what is kept in the cache, keyed by the Python build and the engine's ``MAGIC``.

A program is stored only after the pattern built from it compared equal to
``re.compile``'s own (``Pattern.__eq__`` compares flags, pattern and program), and
anything unexpected (another Python, a damaged cache file) falls back to ``re.compile``.
"""

from __future__ import annotations

import hashlib
import re
import sys

from .cache import cached

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # another implementation: plain re.compile
    _sre = None

#: The Python build and engine a stored program belongs to.
_BUILD = f"{sys.version}|{getattr(_sre, 'MAGIC', '')}|{getattr(_sre, 'CODESIZE', '')}"
_MEMO: dict[tuple[str, int], re.Pattern] = {}


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 (the name re uses)
    """``re.compile(pattern, flags)``, from the cache when this build compiled it before."""
    key = (pattern, flags)
    found = _MEMO.get(key)
    if found is not None:
        return found
    if _sre is None or not isinstance(pattern, str) or not isinstance(flags, int):
        return re.compile(pattern, flags)
    digest = hashlib.blake2b(f"{_BUILD}|{flags}|{pattern}".encode(), digest_size=12).hexdigest()
    built = None
    try:
        program = cached(f"re-{digest}.marshal", lambda: _program(pattern, flags))
        if program:
            built = _sre.compile(pattern, *program)
    except Exception:  # noqa: BLE001 (a program this engine refuses: compile normally)
        built = None
    if built is None:
        built = re.compile(pattern, flags)
    _MEMO[key] = built
    return built


def _program(pattern: str, flags: int):
    """What ``re._compiler.compile`` hands to ``_sre.compile`` for this pattern, checked
    against ``re.compile``'s result (None when it differs: nothing is kept)."""
    parsed = _parser.parse(pattern, flags)
    code = [int(c) for c in _compiler._code(parsed, flags)]  # named opcodes as plain ints
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    program = (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
    if _sre.compile(pattern, *program) != re.compile(pattern, flags):
        return None
    return program
