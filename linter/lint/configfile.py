"""One config file: newslint.toml, .newslint.toml or ``[tool.newslint]`` in pyproject.toml,
read and validated key by key (rule codes are checked once the packs are known)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from ..analyse.cache import blake2b, cached
from ..model.errors import ConfigError
from ..model.rules import AUTO, GENRES, SEVERITIES
from ..readers import FILE_FORMATS
from .datafile import load_file
from .settings import FAIL_ON, FIELDS

NAMES = ("newslint.toml", ".newslint.toml")
KEYS = {"select", "ignore", "extend-select", "severity", "packs", "exclude", "rules", "json", "fail-on", "genre",
        "baseline", "extend", "per-file-ignores", "per-file-genre", "default-exclude", "extensions", "min-severity"}
JSON_FIELDS = {"headline", "body", "standfirst", "byline", "section"}


def _strings(value: Any, where: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: expected a list of strings")
    return list(value)


def _table(value: Any, where: str, shape: str) -> dict:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: expected a table of {shape}")
    return value


def _choice(allowed: tuple[str, ...]) -> Callable[[Any, str, Path], str]:
    def parse(value: Any, where: str, base: Path) -> str:
        if value not in allowed:
            raise ConfigError(f"{where}: must be one of {', '.join(allowed)}")
        return value
    return parse


def _severity(value: Any, where: str, base: Path) -> dict[str, str]:
    table = _table(value, where, 'CODE = "severity"')
    for code, sev in table.items():
        if sev not in SEVERITIES:
            raise ConfigError(f"{where}.{code}: must be one of {', '.join(SEVERITIES)}")
    return dict(table)


def _rules(value: Any, where: str, base: Path) -> dict[tuple[str, str], Any]:
    if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
        raise ConfigError(f"{where}: expected tables like [rules.CODE]")
    return {(code, name): v for code, opts in value.items() for name, v in opts.items()}


def _json(value: Any, where: str, base: Path) -> dict[str, list[str]]:
    out = {}
    for key, names in _table(value, where, "field names").items():
        if key not in JSON_FIELDS:
            raise ConfigError(f"{where}: unknown key {key!r} (known: {', '.join(sorted(JSON_FIELDS))})")
        out[key] = _strings(names, f"{where}.{key}")
    return out


def _baseline(value: Any, where: str, base: Path) -> Path:
    if not isinstance(value, str):
        raise ConfigError(f"{where}: expected a file path")
    return base / value


def _per_file_genre(value: Any, where: str, base: Path) -> dict[tuple[str, str], str]:
    table = _table(value, where, '"glob" = "genre"')
    genre = _choice(GENRES)
    return {(str(base), glob): genre(g, f"{where}.{glob!r}", base) for glob, g in table.items()}


def _per_file_ignores(value: Any, where: str, base: Path) -> dict[tuple[str, str], list[str]]:
    table = _table(value, where, '"glob" = ["CODE", ...]')
    return {(str(base), glob): _strings(codes, f"{where}.{glob!r}") for glob, codes in table.items()}


def _extensions(value: Any, where: str, base: Path) -> dict[str, str]:
    table = _table(value, where, '".ext" = "format"')
    out = {}
    for ext, fmt in table.items():
        if not ext.startswith(".") or len(ext) < 2 or "/" in ext:
            raise ConfigError(f"{where}: {ext!r} is not a file extension (write it with its dot: \".story\")")
        if fmt not in FILE_FORMATS:
            raise ConfigError(f"{where}.{ext!r}: {fmt!r} must be one of {', '.join(FILE_FORMATS)}")
        out[ext.lower()] = fmt
    return out


#: How each config key is read: (value, "file: key" for messages, the file's directory).
PARSERS: dict[str, Callable[[Any, str, Path], Any]] = {
    "select": lambda v, w, b: _strings(v, w), "ignore": lambda v, w, b: _strings(v, w),
    "extend-select": lambda v, w, b: _strings(v, w), "exclude": lambda v, w, b: _strings(v, w),
    "packs": lambda v, w, b: [b / p for p in _strings(v, w)], "severity": _severity, "rules": _rules,
    "json": _json, "fail-on": _choice(FAIL_ON), "genre": _choice((AUTO, *GENRES)), "baseline": _baseline,
    "per-file-ignores": _per_file_ignores, "per-file-genre": _per_file_genre,
    "default-exclude": lambda v, w, b: _strings(v, w), "extensions": _extensions,
    "min-severity": _choice(SEVERITIES),
}


def prefix(path: Path) -> str:
    """How messages name a place in a config file."""
    return f"{path}: " + ("[tool.newslint] " if path.name == "pyproject.toml" else "")


def _parse_toml(text: str) -> dict:
    """``tomllib.loads(text)``, kept in the cache by the text's digest: a project's
    pyproject.toml is read on every run, and importing tomllib and parsing cost more than
    reading the result back (a file with dates cannot be kept and is parsed each time)."""
    def parse() -> dict:
        import tomllib

        return tomllib.loads(text)

    digest = blake2b(text.encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()
    return cached(f"toml-{digest}.marshal", parse)


def read_toml(path: Path) -> dict | None:
    """A config file's newslint table: the whole file, or ``[tool.newslint]`` in
    pyproject.toml (None when a pyproject.toml has no such table)."""
    # tomllib's TOMLDecodeError is a ValueError, and nothing else in the parse raises one
    data = load_file(path, _parse_toml, "config file", (ValueError,))
    if path.name != "pyproject.toml":
        return data
    tool = data.get("tool", {})
    if not isinstance(tool, dict) or "newslint" not in tool:
        return None
    if not isinstance(tool["newslint"], dict):
        raise ConfigError(f"{path}: [tool.newslint] must be a table")
    return tool["newslint"]


def parse_file(path: Path) -> tuple[dict[str, Any], Path | None]:
    """One config file's values, validated, by Settings field; and the file it extends."""
    data = read_toml(path) or {}
    where = prefix(path)
    unknown = set(data) - KEYS
    if unknown:
        raise ConfigError(f"{where}unknown key {sorted(unknown)[0]!r} (known: {', '.join(sorted(KEYS))})")
    values = {FIELDS[key]: PARSERS[key](raw, where + key, path.parent) for key, raw in data.items() if key in FIELDS}
    extend = data.get("extend")
    if extend is not None and not isinstance(extend, str):
        raise ConfigError(f"{where}extend: expected a file path")
    return values, (path.parent / extend) if extend is not None else None
