"""``--show-settings``: the settings that apply to a file, one per line, with where each
came from."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

from ..model.rules import Rule
from .per_file import ignore_matches, ignored_for
from .settings import DEFAULT, KEY_OF, Settings


def _show(value: Any) -> str:
    """A value as TOML would write it (paths as strings)."""
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_show(v) for v in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k} = {_show(v)}" for k, v in value.items()) + "}"
    return json.dumps(str(value))


def describe(settings: Settings, file: Path, run: Settings, rules: dict[str, Rule]) -> list[str]:
    """``--show-settings``: each setting for ``file`` on one line, ``key = value`` and
    where it came from; tables entry by entry; fail-on and baseline from ``run``."""
    merged, run_merged = settings.provenance, run.provenance
    assert merged is not None and run_merged is not None
    rows: list[tuple[str, str, str]] = []
    for key in ("select", "ignore", "extend_select", "genre", "packs", "exclude", "default_exclude"):
        value = merged.value(key)
        shown = "(the rules enabled by default)" if value is None else _show(value)
        rows.append((KEY_OF[key], shown, merged.origin(key)))
    tables = merged.tables
    rows += _table_rows(tables["severity"], "severity", lambda code: f"severity.{code}")
    options = {k: v for k, v in tables["options"].items() if rules[k[0]].options.get(k[1]) != v[1]}
    rows += _table_rows(options, "rules", lambda k: f"rules.{k[0]}.{k[1]}")
    rows += _table_rows(tables["json_fields"], "json", lambda name: f"json.{name}")
    rows += _table_rows(tables["extensions"], "extensions", lambda ext: f"extensions.{json.dumps(ext)}")
    applying = {(str(e.base), e.pattern) for e in ignored_for(settings, file)}
    matching = {k: v for k, v in tables["per_file_ignores"].items() if k in applying}
    rows += _table_rows(matching, "per-file-ignores", lambda k: f"per-file-ignores.{json.dumps(k[1])}")
    genres = {(str(e.base), e.pattern) for e in settings.per_file_genre if ignore_matches(e, file.resolve())}
    matching = {k: v for k, v in tables["per_file_genre"].items() if k in genres}
    rows += _table_rows(matching, "per-file-genre", lambda k: f"per-file-genre.{json.dumps(k[1])}")
    for key in ("fail_on", "min_severity", "baseline"):
        value = run_merged.value(key)
        rows.append((KEY_OF[key], "(none)" if value is None else _show(value),
                     f"{run_merged.origin(key)} [run-level]"))
    width = max(len(f"{k} = {v}") for k, v, _ in rows)
    return [f"{f'{k} = {v}':<{width}}  # {origin}" for k, v, origin in rows]


def _table_rows(entries: dict[Any, tuple[str, Any]], label: str,
                name: Callable[[Any], str]) -> list[tuple[str, str, str]]:
    """One row per entry of a merged table (sorted), or one ``label = {}`` row when empty."""
    if not entries:
        return [(label, "{}", DEFAULT)]
    return [(name(k), _show(v), origin) for k, (origin, v) in sorted(entries.items(), key=lambda kv: str(kv[0]))]
