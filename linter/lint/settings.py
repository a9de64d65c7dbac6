"""Settings and how layers of them merge: the defaults, config files, the command line.

A nearer layer wins key by key: scalars and lists are replaced, tables (``[severity]``,
``[rules.CODE]`` per option, ``[json]``, ``[per-file-ignores]``) are merged entry by
entry. Each value remembers the layer (origin) that set it, so errors name the right
file and ``--show-settings`` can say where a value came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, NamedTuple

FAIL_ON = ("error", "warning", "info", "never")
DEFAULT = "default"
COMMAND_LINE = "command line"
#: Config key -> Settings field (``extend`` is not a setting: it names more layers).
FIELDS = {"select": "select", "ignore": "ignore", "extend-select": "extend_select", "severity": "severity",
          "packs": "packs", "exclude": "exclude", "rules": "options", "json": "json_fields", "fail-on": "fail_on",
          "genre": "genre", "baseline": "baseline", "per-file-ignores": "per_file_ignores",
          "per-file-genre": "per_file_genre", "default-exclude": "default_exclude", "extensions": "extensions",
          "min-severity": "min_severity"}
KEY_OF = {v: k for k, v in FIELDS.items()}
#: Fields merged entry by entry; the others are replaced whole by a nearer layer.
TABLES = ("severity", "options", "json_fields", "per_file_ignores", "per_file_genre", "extensions")
#: What a directory walk leaves out unless a config says otherwise: name globs, case
#: folded, of files (or, ending in "/", of folders): a project's own documents (the names
#: the pre-commit hook leaves out) and hidden files and folders. Named files are always read.
DEFAULT_EXCLUDE = ["README*", "CHANGELOG*", "CHANGES*", "LICENSE*", "LICENCE*", "CONTRIBUTING*",
                   "CODE_OF_CONDUCT*", "SECURITY*", "AUTHORS*", ".*", ".*/"]
#: Fields the engine does not read: they do not make linters differ.
_NOT_ENGINE = {"engine": False}


class PerFileGenre(NamedTuple):
    """The genre of files matching ``pattern`` below ``base`` (the declaring file's directory)."""

    base: Path
    pattern: str
    genre: str


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
    #: Name globs a directory walk skips besides ``exclude`` (``[]`` walks everything).
    default_exclude: list[str] = field(default_factory=lambda: list(DEFAULT_EXCLUDE), metadata=_NOT_ENGINE)
    #: More file extensions (".story") and the input format each is read as.
    extensions: dict[str, str] = field(default_factory=dict, metadata=_NOT_ENGINE)
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    json_fields: dict[str, list[str]] = field(default_factory=dict)
    #: Run-level: only the settings of the current directory (or --config) count; see Cascade.
    fail_on: str = field(default="error", metadata=_NOT_ENGINE)
    #: Run-level too: findings below it are left out of the output (Vale's MinAlertLevel).
    min_severity: str = field(default="info", metadata=_NOT_ENGINE)
    #: A genre from GENRES, or "auto": recognised per article from the text (or a CMS
    #: export's section field).
    genre: str = "auto"
    #: Baseline file of reviewed findings to hide (relative paths: from the config file); run-level.
    baseline: Path | None = field(default=None, metadata=_NOT_ENGINE)
    #: The nearest config file (for messages), or None.
    path: Path | None = field(default=None, metadata=_NOT_ENGINE)
    per_file_ignores: list[PerFileIgnore] = field(default_factory=list, metadata=_NOT_ENGINE)
    #: The genre of files matching a glob (below the declaring file's directory).
    per_file_genre: list[PerFileGenre] = field(default_factory=list, metadata=_NOT_ENGINE)
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
                 baseline: Path | None = None, exclude: list[str] | None = None,
                 min_severity: str | None = None) -> Layer:
    """The last layer: flags that replace (``--select``, ``--genre``, ``--fail-on``,
    ``--baseline``) and flags that add (``--ignore``, ``--extend-select``, ``--exclude``)."""
    values = {k: v for k, v in (("select", select), ("genre", genre), ("fail_on", fail_on),
                                ("baseline", baseline), ("min_severity", min_severity)) if v is not None}
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
    genres = [PerFileGenre(Path(base), glob, genre)
              for (base, glob), (_, genre) in sorted(merged.tables["per_file_genre"].items())]
    scalars = {key: merged.value(key) for key in merged.keys}
    return Settings(**scalars, severity={k: v for k, (_, v) in sorted(merged.tables["severity"].items())},
                    extensions={k: v for k, (_, v) in sorted(merged.tables["extensions"].items())},
                    options=options, json_fields={k: v for k, (_, v) in sorted(merged.tables["json_fields"].items())},
                    per_file_ignores=ignores, per_file_genre=genres, path=merged.files[-1] if merged.files else None, provenance=merged)
