"""Dataclass methods kept compiled between runs.

``@dataclass`` writes the source of each class's ``__init__``, ``__repr__``, ``__eq__``
(and ``__setattr__``/``__delattr__``/``__hash__`` when frozen) and compiles it with
``exec``: for the fifty-odd classes a single-file run defines, compiling that text cost
about 14 ms of the run's start. The text depends only on the class's fields and options,
so its compiled code (a code object, plain ``marshal`` data) is kept in one bundle file
per Python build, keyed by the text itself: a class whose fields change writes other
text, which is compiled as before.

``compiled_dataclasses()`` gives the ``dataclasses`` module, for the time of a run, an
``exec`` of its own (a module global, found before the builtin) that runs the stored
code of a text it has met, else compiles the text exactly as ``exec`` would (the
dataclasses module has no ``__future__`` flags to inherit) and runs that. Anything other
than source text with namespaces goes to the builtin unchanged; the builtin is the
module's ``exec`` again after the run. The classes are the same either way:
``tests/test_codecache.py`` compares every method's code with and without the bundle.
"""

from __future__ import annotations

import builtins
import marshal
import sys
from contextlib import contextmanager

from .cache import blake2b, cache_dir, store

#: One bundle per Python build (code objects are the interpreter's own format).
#: Each code object is kept as its own marshal bytes, read on use (a run uses a share of
#: a bundle other runs grew).
_BUNDLE = f"dataclass-code-{blake2b((sys.version + '|blobs').encode(), digest_size=8).hexdigest()}.marshal"


class _Codes:
    """The bundle's code objects by source text, and the texts this run compiled."""

    def __init__(self) -> None:
        self.where = cache_dir()
        try:
            codes = marshal.loads((self.where / _BUNDLE).read_bytes())
            assert isinstance(codes, dict)
        except (OSError, ValueError, EOFError, TypeError, AssertionError):
            codes = {}
        self.codes: dict = codes
        self.used: dict = {}
        self.missed = False

    def exec(self, source, globals=None, locals=None, /, *rest, **options):  # noqa: A002 (exec's names)
        """``exec(source, globals, locals)`` with source text's code from the bundle."""
        if type(source) is not str or rest or options:
            return builtins.exec(source, globals, locals, *rest, **options)
        code = self.codes.get(source)
        if type(code) is bytes:
            try:
                code = marshal.loads(code)
            except (ValueError, EOFError, TypeError):  # a damaged entry: compiled again
                code = None
        if code is None:
            code = self.codes[source] = compile(source, "<string>", "exec", dont_inherit=True)
            self.missed = True
        self.used[source] = code
        if globals is None:  # the caller's namespaces, as the builtin takes them
            frame = sys._getframe(1)
            globals, locals = frame.f_globals, frame.f_locals if locals is None else locals
        return builtins.exec(code, globals, locals)

    def save(self) -> None:
        """Write the bundle when this run compiled a text it lacked (kept to what recent
        runs used: grown past four times this run's, it starts again from this run's)."""
        if self.missed:
            keep = self.codes if len(self.codes) <= 4 * len(self.used) else self.used
            store(_BUNDLE, {s: c if type(c) is bytes else marshal.dumps(c) for s, c in keep.items()}, self.where)


@contextmanager
def compiled_dataclasses():
    """For the ``with`` block, dataclasses compile their methods' text through the bundle."""
    import dataclasses

    if "exec" in vars(dataclasses):  # already inside such a block (or set by someone else)
        yield
        return
    codes = _Codes()
    dataclasses.exec = codes.exec
    try:
        yield
    finally:
        del dataclasses.exec
        codes.save()
