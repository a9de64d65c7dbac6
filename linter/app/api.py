"""The public Python API (``import linter``): lint a string or a file and get typed results.

Stable within a major version: the names exported by ``linter`` and the fields of the
result types (``FileResult``, ``Finding``, ``Attribution``, ``QuoteSpan``, ``Profile``,
``ArticleInfo``) keep their meaning; new keyword arguments and fields may be added.
"""

from __future__ import annotations

import dataclasses
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Sequence

from ..lint.config import Settings, settings_for
from ..lint.engine import Linter
from ..model.findings import FileResult
from ..model.source import Source
from ..readers import format_of
from ..readers.files import read_source

_CACHE: OrderedDict[str, Linter] = OrderedDict()
_LOCK = threading.Lock()
_CACHE_SIZE = 32


def linter_for(settings: Settings) -> Linter:
    """A linter for these settings, built once and reused (building one loads the packs
    and compiles lexicons; linting with it is read-only, so threads may share it)."""
    key = repr(settings)
    with _LOCK:
        if key in _CACHE:
            _CACHE.move_to_end(key)
            return _CACHE[key]
    built = Linter(settings)
    with _LOCK:
        _CACHE[key] = built
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return built


def _settings(base: Settings, genre: str | None, select: Sequence[str] | None,
              ignore: Sequence[str] | None, extend_select: Sequence[str] | None) -> Settings:
    """``base`` with the caller's choices on top, as the command line's flags are."""
    changes: dict = {}
    if genre is not None:
        changes["genre"] = genre
    if select is not None:
        changes["select"] = list(select)
    if ignore:
        changes["ignore"] = [*base.ignore, *ignore]
    if extend_select:
        changes["extend_select"] = [*base.extend_select, *extend_select]
    return dataclasses.replace(base, **changes) if changes else base


def lint_text(text: str, format: str = "txt", *, genre: str | None = None, select: Sequence[str] | None = None,
              ignore: Sequence[str] | None = None, extend_select: Sequence[str] | None = None,
              config: str | Path | None = None, path: str = "<text>", linter: Linter | None = None) -> FileResult:
    """Lint an article held in a string.

    ``format`` is ``txt`` (first line is the headline), ``md``, ``html``, ``json`` or
    ``snippet`` (body text with no headline). No config file is discovered: pass
    ``config`` to use one. ``select``/``ignore``/``extend_select`` take codes or prefixes,
    as on the command line. ``linter`` reuses a linter built earlier instead.
    """
    if linter is None:
        base = settings_for(None, Path(config) if config else None)
        linter = linter_for(_settings(base, genre, select, ignore, extend_select))
    return linter.lint_source(Source(path, text), format)


def lint_path(path: str | Path, *, format: str | None = None, genre: str | None = None,
              select: Sequence[str] | None = None, ignore: Sequence[str] | None = None,
              extend_select: Sequence[str] | None = None, config: str | Path | None = None) -> FileResult:
    """Lint one file, with the configuration that applies to it (discovered from its
    directory, as ``newslint check`` does, or ``config``). The format comes from the
    extension unless ``format`` says otherwise."""
    p = Path(path)
    base = settings_for(p, Path(config) if config else None)
    linter = linter_for(_settings(base, genre, select, ignore, extend_select))
    return linter.lint_source(read_source(p, str(path)), format or format_of(str(p)))
