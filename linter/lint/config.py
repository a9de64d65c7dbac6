"""Configuration: the cascade of config files that applies to a file, and its validation.

The settings for a file are layers applied in order: the defaults, then every config
file from the project root (the nearest ancestor holding ``.git`` or ``.hg``, else the
filesystem root) down to the file's directory, then the command line. A nearer layer
wins key by key: scalars and lists are replaced, tables (``[severity]``,
``[rules.CODE]`` per option, ``[json]``, ``[per-file-ignores]``) are merged entry by
entry. ``extend = "path"`` applies another file first. Each value remembers the layer
that set it, so errors name the right file and ``--show-settings`` can say where a
value came from.

Unknown keys, unknown rule codes and bad values are errors: a typo in a CI config
must not silently switch a rule off.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, NamedTuple

from ..checks import KINDS
from ..model.errors import ConfigError
from ..model.findings import FileResult
from ..model.rules import GENRES, SEVERITIES, Rule
from .packs import load_packs, options_for, pack_files

if TYPE_CHECKING:
    from .engine import Linter

NAMES = ("newslint.toml", ".newslint.toml")
#: What marks a project root: the cascade starts there.
ROOT_MARKERS = (".git", ".hg")
KEYS = {"select", "ignore", "extend-select", "severity", "packs", "exclude", "rules", "json", "fail-on", "genre",
        "baseline", "extend", "per-file-ignores"}
JSON_FIELDS = {"headline", "body", "standfirst", "byline"}
FAIL_ON = ("error", "warning", "info", "never")
DEFAULT = "default"
COMMAND_LINE = "command line"
#: Config key -> Settings field (``extend`` is not a setting: it names more layers).
FIELDS = {"select": "select", "ignore": "ignore", "extend-select": "extend_select", "severity": "severity",
          "packs": "packs", "exclude": "exclude", "rules": "options", "json": "json_fields", "fail-on": "fail_on",
          "genre": "genre", "baseline": "baseline", "per-file-ignores": "per_file_ignores"}
KEY_OF = {v: k for k, v in FIELDS.items()}
#: Fields merged entry by entry; the others are replaced whole by a nearer layer.
TABLES = ("severity", "options", "json_fields", "per_file_ignores")
#: Fields the engine does not read: they do not make linters differ.
_NOT_ENGINE = {"engine": False}


class PerFileIgnore(NamedTuple):
    """Codes not reported for files matching ``pattern`` below ``base`` (the declaring file's directory)."""

    base: Path
    pattern: str
    codes: tuple[str, ...]


@dataclass
class Provenance:
    """The merged layers: every effective value with the layer (origin) that set it.

    ``keys`` maps a list or scalar field to its parts, ``(origin, value)``: one part when
    a layer replaced it, more when the command line added to it. ``tables`` maps a table
    field to its entries, each ``(origin, value)``; options are keyed ``(code, option)``
    and per-file ignores ``(base directory, glob)``.
    """

    keys: dict[str, tuple[tuple[str, Any], ...]] = field(default_factory=dict)
    tables: dict[str, dict[Any, tuple[str, Any]]] = field(default_factory=lambda: {t: {} for t in TABLES})
    files: list[Path] = field(default_factory=list)

    def value(self, key: str) -> Any:
        """The effective value: the one part, or the parts' lists joined (a copy)."""
        parts = self.keys[key]
        if len(parts) == 1:
            value = parts[0][1]
            return list(value) if isinstance(value, list) else value
        return [item for _, value in parts for item in (value or [])]

    def origin(self, key: str) -> str:
        """Who set a key: the layers that gave it a value (an empty default added to is not named)."""
        parts = self.keys[key]
        named = [origin for origin, value in parts if value or len(parts) == 1]
        return " + ".join(named or [parts[-1][0]])


@dataclass
class Settings:
    """Everything that decides which rules run and how, for the files of one directory."""

    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    extend_select: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)
    packs: list[Path] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list, metadata=_NOT_ENGINE)
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    json_fields: dict[str, list[str]] = field(default_factory=dict)
    #: Run-level: only the settings of the current directory (or --config) count; see Cascade.
    fail_on: str = field(default="error", metadata=_NOT_ENGINE)
    genre: str = "news"
    #: Baseline file of reviewed findings to hide (relative paths: from the config file); run-level.
    baseline: Path | None = field(default=None, metadata=_NOT_ENGINE)
    #: The nearest config file (for messages), or None.
    path: Path | None = field(default=None, metadata=_NOT_ENGINE)
    per_file_ignores: list[PerFileIgnore] = field(default_factory=list, metadata=_NOT_ENGINE)
    provenance: Provenance | None = field(default=None, repr=False, compare=False, metadata=_NOT_ENGINE)


def linter_key(settings: Settings) -> str:
    """What makes two linters differ: the fields the engine reads (so directories whose
    configs differ only in exclude, fail-on or where they live share one linter)."""
    return repr([(f.name, getattr(settings, f.name)) for f in fields(settings) if f.metadata.get("engine", True)])


@dataclass(frozen=True)
class Layer:
    """One source of settings: the defaults, a config file or the command line.

    ``values`` replace (a table's entries replace entry by entry); ``additions`` extend a
    list (the command line's --ignore, --extend-select, --exclude add to the config's).
    """

    origin: str
    values: dict[str, Any]
    additions: dict[str, list] = field(default_factory=dict)
    path: Path | None = None


DEFAULTS = Layer(DEFAULT, {f.name: f.default_factory() if callable(f.default_factory) else f.default
                           for f in fields(Settings) if f.name in KEY_OF and f.name not in TABLES})


def command_line(select: list[str] | None = None, ignore: list[str] | None = None,
                 extend_select: list[str] | None = None, genre: str | None = None, fail_on: str | None = None,
                 baseline: Path | None = None, exclude: list[str] | None = None) -> Layer:
    """The last layer: flags that replace (``--select``, ``--genre``, ``--fail-on``,
    ``--baseline``) and flags that add (``--ignore``, ``--extend-select``, ``--exclude``)."""
    values = {k: v for k, v in (("select", select), ("genre", genre), ("fail_on", fail_on),
                                ("baseline", baseline)) if v is not None}
    additions = {k: list(v) for k, v in (("ignore", ignore), ("extend_select", extend_select),
                                         ("exclude", exclude)) if v}
    return Layer(COMMAND_LINE, values, additions)


def resolve(layers: list[Layer]) -> Provenance:
    """Apply the layers in order, the later winning key by key (tables entry by entry)."""
    merged = Provenance()
    for layer in layers:
        for key, value in layer.values.items():
            if key in TABLES:
                merged.tables[key].update((entry, (layer.origin, v)) for entry, v in value.items())
            else:
                merged.keys[key] = ((layer.origin, value),)
        for key, value in layer.additions.items():
            merged.keys[key] = merged.keys[key] + ((layer.origin, value),)
        if layer.path is not None:
            merged.files.append(layer.path)
    return merged


def to_settings(merged: Provenance) -> Settings:
    """The Settings the engine reads, from merged layers."""
    options: dict[str, dict[str, Any]] = {}
    for (code, name), (_, value) in sorted(merged.tables["options"].items()):
        options.setdefault(code, {})[name] = value
    ignores = [PerFileIgnore(Path(base), glob, tuple(codes))
               for (base, glob), (_, codes) in sorted(merged.tables["per_file_ignores"].items())]
    scalars = {key: merged.value(key) for key in merged.keys}
    return Settings(**scalars, severity={k: v for k, (_, v) in sorted(merged.tables["severity"].items())},
                    options=options, json_fields={k: v for k, (_, v) in sorted(merged.tables["json_fields"].items())},
                    per_file_ignores=ignores, path=merged.files[-1] if merged.files else None, provenance=merged)


# --- one config file -----------------------------------------------------------------------


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
        raise ConfigError(f"{where}: expected tables like [rules.RDB001]")
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


def _per_file_ignores(value: Any, where: str, base: Path) -> dict[tuple[str, str], list[str]]:
    table = _table(value, where, '"glob" = ["CODE", ...]')
    return {(str(base), glob): _strings(codes, f"{where}.{glob!r}") for glob, codes in table.items()}


#: How each config key is read: (value, "file: key" for messages, the file's directory).
PARSERS: dict[str, Callable[[Any, str, Path], Any]] = {
    "select": lambda v, w, b: _strings(v, w), "ignore": lambda v, w, b: _strings(v, w),
    "extend-select": lambda v, w, b: _strings(v, w), "exclude": lambda v, w, b: _strings(v, w),
    "packs": lambda v, w, b: [b / p for p in _strings(v, w)], "severity": _severity, "rules": _rules,
    "json": _json, "fail-on": _choice(FAIL_ON), "genre": _choice(GENRES), "baseline": _baseline,
    "per-file-ignores": _per_file_ignores,
}


def _prefix(path: Path) -> str:
    """How messages name a place in a config file."""
    return f"{path}: " + ("[tool.newslint] " if path.name == "pyproject.toml" else "")


def read_toml(path: Path) -> dict | None:
    """A config file's newslint table: the whole file, or ``[tool.newslint]`` in
    pyproject.toml (None when a pyproject.toml has no such table)."""
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: malformed TOML ({exc})") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config file ({exc.strerror})") from None
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
    prefix = _prefix(path)
    unknown = set(data) - KEYS
    if unknown:
        raise ConfigError(f"{prefix}unknown key {sorted(unknown)[0]!r} (known: {', '.join(sorted(KEYS))})")
    values = {FIELDS[key]: PARSERS[key](raw, prefix + key, path.parent) for key, raw in data.items() if key in FIELDS}
    extend = data.get("extend")
    if extend is not None and not isinstance(extend, str):
        raise ConfigError(f"{prefix}extend: expected a file path")
    return values, (path.parent / extend) if extend is not None else None


# --- discovery -----------------------------------------------------------------------------


def is_root(directory: Path) -> bool:
    """A project root holds a repository (``.git`` is a file in a worktree or submodule)."""
    return any(os.path.exists(directory / marker) for marker in ROOT_MARKERS)


def config_in(directory: Path) -> Path | None:
    """The one config file of a directory: the first present of newslint.toml,
    .newslint.toml, and pyproject.toml with a [tool.newslint] table."""
    for name in NAMES:
        candidate = directory / name
        if candidate.is_file():
            return candidate
    pyproject = directory / "pyproject.toml"
    if pyproject.is_file() and read_toml(pyproject) is not None:
        return pyproject
    return None


def project_root(start: Path) -> Path:
    """The nearest directory from ``start`` upwards holding .git or .hg, else the filesystem root."""
    start = start.resolve()
    return next((d for d in (start, *start.parents) if is_root(d)), Path(start.anchor))


def find_config(start: Path) -> Path | None:
    """The nearest config file from ``start`` (a directory) up to the project root."""
    start = start.resolve()
    root = project_root(start)
    for directory in (start, *start.parents):
        found = config_in(directory)
        if found is not None or directory == root:
            return found
    return None


# --- the cascade ---------------------------------------------------------------------------


class Cascade:
    """Settings per directory: the defaults, the config files from the project root down
    (or ``explicit`` and its extend chain, for every directory), then ``cli``.

    Everything is cached: each directory is looked at once, each config file parsed
    once, and each pack list loaded once for validation, so a directory of 10,000
    articles costs one lookup per file.
    """

    def __init__(self, explicit: Path | None = None, cli: Layer | None = None) -> None:
        self.explicit = explicit
        self.cli = cli or command_line()
        self._parsed: dict[Path, tuple[dict[str, Any], Path | None]] = {}
        self._chains: dict[Path, tuple[Layer, ...]] = {}
        self._settings: dict[Path | None, Settings] = {}
        self._rules: dict[tuple[Path, ...], dict[str, Rule]] = {}

    def settings_for(self, directory: Path | None) -> Settings:
        """The validated settings for files in ``directory`` (None: no discovery, only
        ``explicit`` if given, as for text that has no place on disk)."""
        key = None if self.explicit is not None or directory is None else directory.resolve()
        if key not in self._settings:
            layers = self._file_layers(self.explicit) if self.explicit is not None else (
                list(self._chain(key)) if key is not None else [])
            settings = to_settings(resolve([DEFAULTS, *layers, self.cli]))
            validate(settings, self.rules(settings))
            self._settings[key] = settings
        return self._settings[key]

    def run_settings(self) -> Settings:
        """The settings of the run as a whole (fail-on, baseline): those that apply in the
        current directory, so that they do not depend on which file happened to come first."""
        return self.settings_for(Path.cwd())

    def describe(self, file: Path) -> list[str]:
        """``--show-settings``: the settings for ``file`` with their origins, after a
        header naming the config files read."""
        directory = file if file.is_dir() else file.parent
        settings = self.settings_for(directory)
        assert settings.provenance is not None
        where = (f"# --config {self.explicit} (no discovery)" if self.explicit is not None
                 else f"# project root: {project_root(directory)}")
        files = ", ".join(map(str, settings.provenance.files)) or "none"
        return [f"# settings for {file}", where, f"# config files, farthest first: {files}",
                *describe(settings, file, self.run_settings(), self.rules(settings))]

    def rules(self, settings: Settings) -> dict[str, Rule]:
        """Every rule the settings' packs define, by code (loaded once per pack list)."""
        key = tuple(settings.packs)
        if key not in self._rules:
            self._rules[key] = pack_rules(key)
        return self._rules[key]

    def _chain(self, directory: Path) -> tuple[Layer, ...]:
        """The layers of the config files from the project root down to ``directory``:
        the parent's chain plus this directory's file, unless this directory is a root."""
        if directory not in self._chains:
            parent = directory.parent
            inherited = () if parent == directory or is_root(directory) else self._chain(parent)
            found = config_in(directory)
            self._chains[directory] = inherited + (tuple(self._file_layers(found)) if found else ())
        return self._chains[directory]

    def _file_layers(self, path: Path, origin: str | None = None, seen: tuple[Path, ...] = ()) -> list[Layer]:
        """A config file's layer, after the layers of the file it extends (and so on)."""
        path = path.resolve()
        if path in seen:
            cycle = " -> ".join(str(p) for p in (*seen[seen.index(path):], path))
            raise ConfigError(f"{seen[-1]}: extend: cycle {cycle}")
        if path not in self._parsed:
            if seen and not path.is_file():
                raise ConfigError(f"{_prefix(seen[-1])}extend: {path}: config file not found")
            self._parsed[path] = parse_file(path)
        values, extends = self._parsed[path]
        below = self._file_layers(extends, f"extend: {extends.resolve()}", (*seen, path)) if extends else []
        return [*below, Layer(origin or str(path), values, path=path)]


def pack_rules(packs: tuple[Path, ...]) -> dict[str, Rule]:
    """Every rule by code: the built-in packs and these. Kept by the pack files' content,
    so an API caller linting file after file does not rebuild them, and an edited pack
    is read again."""
    try:
        key = tuple((str(f), hashlib.sha1(f.read_bytes()).hexdigest()) for p in packs for f in pack_files(p))
    except OSError:
        return {r.code: r for r in load_packs(list(packs)).rules}  # it says what is wrong
    return _rules_of(key)


@functools.lru_cache(maxsize=32)
def _rules_of(files: tuple[tuple[str, str], ...]) -> dict[str, Rule]:
    return {r.code: r for r in load_packs([Path(f) for f, _ in files]).rules}


def _where(origin: str, key: str) -> str:
    """Where a value came from, as error messages name it: the file (and key)."""
    path = origin.removeprefix("extend: ")
    return f"{_prefix(Path(path)) if path != COMMAND_LINE else path + ': '}{key}"


def validate(settings: Settings, rules: dict[str, Rule]) -> None:
    """Check every rule code and option against the rules the packs define, naming the
    layer that wrote each value (the engine would only know the nearest file)."""
    from .engine import match_selectors  # engine imports this module

    merged = settings.provenance
    assert merged is not None
    every = list(rules.values())
    for key in ("select", "ignore", "extend_select"):
        for origin, value in merged.keys[key]:
            match_selectors(value or [], every, _where(origin, KEY_OF[key]))
    for code, (origin, _) in merged.tables["severity"].items():
        if code not in rules:
            raise ConfigError(f"{_where(origin, 'severity')}: unknown rule code {code!r}")
    for (code, name), (origin, value) in merged.tables["options"].items():
        if code not in rules:
            raise ConfigError(f"{_where(origin, 'rules')}: unknown rule code {code!r}")
        options_for(KINDS[rules[code].kind], {name: value}, _where(origin, f"rules.{code}"))
    for (_, glob), (origin, codes) in merged.tables["per_file_ignores"].items():
        match_selectors(codes, every, _where(origin, f"per-file-ignores.{glob!r}"))


# --- per-file ignores ----------------------------------------------------------------------


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


def ignore_matches(entry: PerFileIgnore, file: Path) -> bool:
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


def without_ignored(result: FileResult, settings: Settings, linter: Linter) -> FileResult:
    """The result without the findings that a matching ``per-file-ignores`` entry names
    (applied after linting: the engine is shared by files whose ignores differ)."""
    from .engine import match_selectors  # engine imports this module

    if not settings.per_file_ignores or result.path in ("-", ""):
        return result
    entries = ignored_for(settings, Path(result.path))
    if entries:
        codes = match_selectors([c for e in entries for c in e.codes], linter.rules, "per-file-ignores")
        result.findings = [f for f in result.findings if f.code not in codes]
    return result


# --- showing the settings ------------------------------------------------------------------


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
    for key in ("select", "ignore", "extend_select", "genre", "packs", "exclude"):
        value = merged.value(key)
        shown = "(the rules enabled by default)" if value is None else _show(value)
        rows.append((KEY_OF[key], shown, merged.origin(key)))
    tables = merged.tables
    rows += _table_rows(tables["severity"], "severity", lambda code: f"severity.{code}")
    options = {k: v for k, v in tables["options"].items() if rules[k[0]].options.get(k[1]) != v[1]}
    rows += _table_rows(options, "rules", lambda k: f"rules.{k[0]}.{k[1]}")
    rows += _table_rows(tables["json_fields"], "json", lambda name: f"json.{name}")
    applying = {(str(e.base), e.pattern) for e in ignored_for(settings, file)}
    matching = {k: v for k, v in tables["per_file_ignores"].items() if k in applying}
    rows += _table_rows(matching, "per-file-ignores", lambda k: f"per-file-ignores.{json.dumps(k[1])}")
    for key in ("fail_on", "baseline"):
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


# --- the old entry points ------------------------------------------------------------------


def load_config(path: Path) -> Settings:
    """The settings of one config file (with its extend chain) over the defaults."""
    return Cascade(path).settings_for(None)


def settings_for(path: Path | None, explicit: Path | None = None) -> Settings:
    """The settings for a file: ``explicit`` when given, else the cascade down to the
    file's directory (``path`` None: the defaults)."""
    if explicit is not None or path is None:
        return Cascade(explicit).settings_for(None)
    return Cascade().settings_for(path if path.is_dir() else path.parent)
