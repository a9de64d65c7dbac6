"""The public Python API (``import linter``): lint a string or a file and get typed results.

Stable within a major version: the names exported by ``linter`` and the fields of the
result types (``FileResult``, ``Finding``, ``Attribution``, ``QuoteSpan``, ``Profile``,
``ArticleInfo``) keep their meaning; new keyword arguments and fields may be added.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from pathlib import Path
from typing import Sequence

from ..lint.config import Cascade
from ..lint.per_file import lint_file
from ..lint.settings import Settings, command_line, linter_key
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
    key = linter_key(settings)
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


def _settings(config: str | Path | None, directory: Path | None, genre: str | None,
              select: Sequence[str] | None, ignore: Sequence[str] | None,
              extend_select: Sequence[str] | None) -> Settings:
    """The config cascade for ``directory`` (None: none discovered) or ``config`` alone,
    with the caller's choices as the last layer, as the command line's flags are."""
    cli = command_line(select=list(select) if select is not None else None, ignore=list(ignore or ()),
                       extend_select=list(extend_select or ()), genre=genre)
    return Cascade(Path(config) if config else None, cli).settings_for(directory)


def lint_text(text: str, format: str = "txt", *, genre: str | None = None, select: Sequence[str] | None = None,
              ignore: Sequence[str] | None = None, extend_select: Sequence[str] | None = None,
              config: str | Path | None = None, path: str = "<text>", linter: Linter | None = None) -> FileResult:
    """Lint an article held in a string.

    ``format`` is ``txt`` (first line is the headline), ``md``, ``html``, ``json`` or
    ``snippet`` (body text with no headline). No config file is discovered: pass
    ``config`` to use one (with the files it extends; its per-file ignores match
    ``path``). ``select``/``ignore``/``extend_select`` take codes or prefixes, as on the
    command line. ``linter`` reuses a linter built earlier instead.
    """
    if linter is not None:
        return linter.lint_source(Source(path, text), format)
    settings = _settings(config, None, genre, select, ignore, extend_select)
    return lint_file(linter_for(settings), settings, Source(path, text), format)


def lint_path(path: str | Path, *, format: str | None = None, genre: str | None = None,
              select: Sequence[str] | None = None, ignore: Sequence[str] | None = None,
              extend_select: Sequence[str] | None = None, config: str | Path | None = None) -> FileResult:
    """Lint one file, with the configuration that applies to it (the cascade of config
    files from the project root down to its directory, as ``newslint check`` uses, or
    ``config``). The format comes from the extension unless ``format`` says otherwise."""
    p = Path(path)
    settings = _settings(config, p if p.is_dir() else p.parent, genre, select, ignore, extend_select)
    return lint_file(linter_for(settings), settings, read_source(p, str(path)), format or format_of(str(p)))
