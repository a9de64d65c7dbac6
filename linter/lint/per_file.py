"""Settings by file glob, relative to the directory of the config file that declares
them (as ruff has): ``per-file-ignores`` (codes not reported) and ``per-file-genre``
(the kind of piece, instead of recognising it from the text)."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Collection

from ..model.findings import FileResult
from ..model.rules import Rule
from ..model.source import Source
from .engine import DETAILS, Linter
from .selectors import match_selectors
from .settings import PerFileGenre, PerFileIgnore, Settings


@functools.lru_cache(maxsize=256)
def glob_regex(pattern: str) -> re.Pattern[str]:
    """A glob as a regex, gitignore-style: ``*`` and ``?`` stay inside one path segment,
    ``**`` spans segments (``**/`` also matches no directory), ``[...]`` is a class."""
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] in "*?":
            out.append("[^/]*" if pattern[i] == "*" else "[^/]")
            i += 1
        elif pattern[i] == "[" and "]" in pattern[i + 2:]:
            end = pattern.index("]", i + 2)
            body = pattern[i + 1:end].replace("\\", "\\\\")
            out.append("[" + ("^" + body[1:] if body.startswith("!") else body) + "]")
            i = end + 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return re.compile("".join(out) + r"\Z")


def ignore_matches(entry: PerFileIgnore | PerFileGenre, file: Path) -> bool:
    """Whether a per-file ignore applies to ``file`` (absolute): its path relative to the
    declaring file's directory, or a leading directory of it, matches the glob; a glob
    with no slash may also match the bare file name (as ruff does)."""
    pattern = entry.pattern.removeprefix("./").rstrip("/")
    regex = glob_regex(pattern)
    if "/" not in pattern and regex.match(file.name):
        return True
    try:
        parts = file.relative_to(entry.base).parts
    except ValueError:
        return False
    return any(regex.match("/".join(parts[:n])) for n in range(len(parts), 0, -1))


def ignored_for(settings: Settings, file: Path) -> list[PerFileIgnore]:
    """The per-file ignores that apply to a file."""
    file = file.resolve()
    return [entry for entry in settings.per_file_ignores if ignore_matches(entry, file)]


def without_ignored(result: FileResult, settings: Settings, rules: list[Rule]) -> FileResult:
    """The result without the findings that a matching ``per-file-ignores`` entry names
    (applied after linting: the engine is shared by files whose ignores differ)."""
    if not settings.per_file_ignores or result.path in ("-", ""):
        return result
    entries = ignored_for(settings, Path(result.path))
    if entries:
        codes = match_selectors([c for e in entries for c in e.codes], rules, "per-file-ignores")
        result.findings = [f for f in result.findings if f.code not in codes]
    return result


def genre_for(settings: Settings, file: Path) -> str | None:
    """The genre a ``per-file-genre`` glob gives the file (the nearest config's last
    matching entry), or None."""
    if not settings.per_file_genre:
        return None
    file = file.resolve()
    found = [entry.genre for entry in settings.per_file_genre if ignore_matches(entry, file)]
    return found[-1] if found else None


def lint_file(linter: Linter, settings: Settings, source: Source, fmt: str,
              details: Collection[str] = DETAILS) -> FileResult:
    """Lint one source with the per-file settings that match its path applied: its
    genre, and the codes its per-file ignores name (``details``: as ``lint_source``)."""
    named = source.path not in ("-", "") and not source.path.startswith("<")
    genre = genre_for(settings, Path(source.path)) if named else None
    result = linter.lint_source(source, fmt, genre=genre, details=details)
    return without_ignored(result, settings, linter.rules) if named else result
