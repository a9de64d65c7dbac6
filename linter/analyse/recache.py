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

A run compiles about 130 patterns; reading 130 cache files costs more than the
programs do, so the programs a process used are also kept together in one bundle file
per build, read once on the first compile and rewritten at exit only when this process
met a pattern the bundle lacked (kept to what recent runs used: a bundle grown past
four times what this run used starts again from this run's).
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
from pathlib import Path

from .cache import blake2b, cache_dir, cached, store

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # another implementation: plain re.compile
    _sre = None

#: The Python build and engine a stored program belongs to.
_BUILD = f"{sys.version}|{getattr(_sre, 'MAGIC', '')}|{getattr(_sre, 'CODESIZE', '')}"
_MEMO: dict[tuple[str, int], re.Pattern] = {}
#: The bundle file of this build, its programs by digest (None: not read yet), the
#: programs this process used, and the cache directory they belong to (what names it in
#: the environment: a change means another directory, whose bundle is read instead).
#: Each program is kept in the bundle as its own marshal bytes, read on use: a run uses
#: a third of a bundle that other runs grew, and reading all of it cost ~2 ms.
_BUNDLE = f"re-bundle-{blake2b((_BUILD + '|blobs').encode(), digest_size=8).hexdigest()}.marshal"
_bundle: dict | None = None
_used: dict = {}
_where: tuple = ()
_bundle_dir: Path | None = None
_saving: list = []


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 (the name re uses)
    """``re.compile(pattern, flags)``, from the cache when this build compiled it before."""
    key = (pattern, flags)
    found = _MEMO.get(key)
    if found is not None:
        return found
    if _sre is None or not isinstance(pattern, str) or not isinstance(flags, int):
        return re.compile(pattern, flags)
    digest = blake2b(f"{_BUILD}|{flags}|{pattern}".encode(), digest_size=12).hexdigest()
    built = None
    try:
        program = _stored(digest, pattern, flags)
        if program:
            built = _sre.compile(pattern, *program)
    except Exception:  # noqa: BLE001 (a program this engine refuses: compile normally)
        built = None
    if built is None:
        built = re.compile(pattern, flags)
    _MEMO[key] = built
    return built


def _stored(digest: str, pattern: str, flags: int):
    """The program of a pattern from the bundle, else from its own cache file (or
    compiled), remembered for the bundle."""
    global _bundle, _used, _where, _bundle_dir
    where = tuple(map(os.environ.get, ("NEWSLINT_CACHE_DIR", "XDG_CACHE_HOME", "HOME")))
    if _bundle is None or where != _where:
        _save()  # what was met in the other directory is kept there
        _where, _used, _bundle_dir = where, {}, cache_dir()
        try:
            _bundle = marshal.loads((_bundle_dir / _BUNDLE).read_bytes())
            assert isinstance(_bundle, dict)
        except (OSError, ValueError, EOFError, TypeError, AssertionError):
            _bundle = {}
    if digest in _bundle:
        program = _bundle[digest]
        if type(program) is bytes:
            program = marshal.loads(program)
    else:
        program = cached(f"re-{digest}.marshal", lambda: _program(pattern, flags))
        if not _saving:
            atexit.register(_save)  # the first miss of this process
            _saving.append(True)
    _used[digest] = program
    return program


def _save() -> None:
    """Write the bundle of the directory it was read from: what it held and what this
    process used there (only when it lacked some)."""
    if _bundle is None or all(d in _bundle for d in _used):
        return
    merged = {**_bundle, **_used}
    keep = merged if len(merged) <= 4 * len(_used) else _used
    store(_BUNDLE, {d: p if type(p) is bytes else marshal.dumps(p) for d, p in keep.items()}, _bundle_dir)


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
