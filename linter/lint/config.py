"""Configuration: discovery (newslint.toml, .newslint.toml, [tool.newslint]) and validation.

Unknown keys, unknown rule codes and bad values are errors: a typo in a CI config
must not silently switch a rule off.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model.errors import ConfigError
from ..model.rules import GENRES, SEVERITIES

NAMES = ("newslint.toml", ".newslint.toml")
KEYS = {"select", "ignore", "extend-select", "severity", "packs", "exclude", "rules", "json", "fail-on", "genre",
        "baseline"}
JSON_FIELDS = {"headline", "body", "standfirst", "byline"}
FAIL_ON = ("error", "warning", "info", "never")


@dataclass
class Settings:
    """Everything that decides which rules run and how; the CLI layers its flags on top."""

    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    extend_select: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)
    packs: list[Path] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    json_fields: dict[str, list[str]] = field(default_factory=dict)
    fail_on: str = "error"
    genre: str = "news"
    #: Baseline file of reviewed findings to hide (relative paths: from the config file).
    baseline: Path | None = None
    path: Path | None = None


def find_config(start: Path) -> Path | None:
    """The nearest config file from ``start`` (a directory) upwards."""
    start = start.resolve()
    for directory in (start, *start.parents):
        for name in NAMES:
            candidate = directory / name
            if candidate.is_file():
                return candidate
        pyproject = directory / "pyproject.toml"
        if pyproject.is_file():
            try:
                if "newslint" in tomllib.loads(pyproject.read_text("utf-8")).get("tool", {}):
                    return pyproject
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                raise ConfigError(f"{pyproject}: malformed TOML ({exc})") from None
    return None


def _strings(value: Any, where: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: expected a list of strings")
    return list(value)


def load_config(path: Path) -> Settings:
    """Parse and validate one config file (rule codes are checked once rules are loaded)."""
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: malformed TOML ({exc})") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("newslint", {})
    prefix = f"{path}: " + ("[tool.newslint] " if path.name == "pyproject.toml" else "")
    unknown = set(data) - KEYS
    if unknown:
        raise ConfigError(f"{prefix}unknown key {sorted(unknown)[0]!r} (known: {', '.join(sorted(KEYS))})")
    s = Settings(path=path)
    base = path.parent
    if "select" in data:
        s.select = _strings(data["select"], prefix + "select")
    s.ignore = _strings(data.get("ignore", []), prefix + "ignore")
    s.extend_select = _strings(data.get("extend-select", []), prefix + "extend-select")
    s.exclude = _strings(data.get("exclude", []), prefix + "exclude")
    s.packs = [base / p for p in _strings(data.get("packs", []), prefix + "packs")]
    sev = data.get("severity", {})
    if not isinstance(sev, dict):
        raise ConfigError(f"{prefix}severity: expected a table of CODE = \"severity\"")
    for code, value in sev.items():
        if value not in SEVERITIES:
            raise ConfigError(f"{prefix}severity.{code}: must be one of {', '.join(SEVERITIES)}")
    s.severity = dict(sev)
    rules = data.get("rules", {})
    if not isinstance(rules, dict) or not all(isinstance(v, dict) for v in rules.values()):
        raise ConfigError(f"{prefix}rules: expected tables like [rules.RDB001]")
    s.options = {k: dict(v) for k, v in rules.items()}
    fields = data.get("json", {})
    if not isinstance(fields, dict):
        raise ConfigError(f"{prefix}json: expected a table of field names")
    for key, value in fields.items():
        if key not in JSON_FIELDS:
            raise ConfigError(f"{prefix}json: unknown key {key!r} (known: {', '.join(sorted(JSON_FIELDS))})")
        s.json_fields[key] = _strings(value, f"{prefix}json.{key}")
    fail_on = data.get("fail-on", "error")
    if fail_on not in FAIL_ON:
        raise ConfigError(f"{prefix}fail-on: must be one of {', '.join(FAIL_ON)}")
    s.fail_on = fail_on
    genre = data.get("genre", "news")
    if genre not in GENRES:
        raise ConfigError(f"{prefix}genre: must be one of {', '.join(GENRES)}")
    s.genre = genre
    if "baseline" in data:
        if not isinstance(data["baseline"], str):
            raise ConfigError(f"{prefix}baseline: expected a file path")
        s.baseline = base / data["baseline"]
    return s


def settings_for(path: Path | None, explicit: Path | None = None) -> Settings:
    """The settings for a file: ``explicit`` when given, else the config discovered from
    the file's directory, else the defaults (``path`` None: no discovery)."""
    if explicit is not None:
        return load_config(explicit)
    if path is None:
        return Settings()
    found = find_config(path.parent if not path.is_dir() else path)
    return load_config(found) if found else Settings()
