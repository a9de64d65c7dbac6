"""Configuration: the cascade of config files that applies to a file, and its validation.

The settings for a file are layers applied in order (linter.lint.settings): the
defaults, then every config file from the project root (the nearest ancestor holding
``.git`` or ``.hg``, else the filesystem root) down to the file's directory, then the
command line. ``extend = "path"`` applies another file first.

Unknown keys, unknown rule codes and bad values are errors: a typo in a CI config
must not silently switch a rule off.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any, Callable

from ..analyse.cache import key_of
from ..checks import KINDS
from ..model.errors import ConfigError
from ..model.rules import Rule
from .configfile import NAMES, parse_file, prefix, read_toml
from .packs import load_packs, options_for, pack_files
from .selectors import match_selectors
from .settings import COMMAND_LINE, DEFAULTS, FAIL_ON, KEY_OF, Layer, Settings, command_line, resolve, to_settings
from .show import describe

__all__ = ["FAIL_ON", "Cascade", "Settings", "command_line", "find_config", "load_config", "settings_for"]

#: What marks a project root: the cascade starts there.
ROOT_MARKERS = (".git", ".hg")


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
            validate(settings, lambda: self.rules(settings))
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
                raise ConfigError(f"{prefix(seen[-1])}extend: {path}: config file not found")
            self._parsed[path] = parse_file(path)
        values, extends = self._parsed[path]
        below = self._file_layers(extends, f"extend: {extends.resolve()}", (*seen, path)) if extends else []
        return [*below, Layer(origin or str(path), values, path=path)]


def pack_rules(packs: tuple[Path, ...]) -> dict[str, Rule]:
    """Every rule by code: the built-in packs and these. Kept by the pack files' content,
    so an API caller linting file after file does not rebuild them, and an edited pack
    is read again."""
    try:
        key = tuple((str(f), key_of(f.read_bytes())) for p in packs for f in pack_files(p))
    except OSError:
        return {r.code: r for r in load_packs(list(packs)).rules}  # it says what is wrong
    return _rules_of(key)


@functools.lru_cache(maxsize=32)
def _rules_of(files: tuple[tuple[str, str], ...]) -> dict[str, Rule]:
    return {r.code: r for r in load_packs([Path(f) for f, _ in files]).rules}


def _where(origin: str, key: str) -> str:
    """Where a value came from, as error messages name it: the file (and key)."""
    path = origin.removeprefix("extend: ")
    return f"{prefix(Path(path)) if path != COMMAND_LINE else path + ': '}{key}"


def validate(settings: Settings, rules_of: Callable[[], dict[str, Rule]]) -> None:
    """Check every rule code and option against the rules the packs define, naming the
    layer that wrote each value (the engine would only know the nearest file). With the
    built-in packs only and no layer naming a rule there is nothing to check, and the
    packs are not loaded here (the linter loads them: a default run loads them once)."""
    merged = settings.provenance
    assert merged is not None
    names_rules = any(value for key in ("select", "ignore", "extend_select") for _, value in merged.keys[key])
    if not settings.packs and not names_rules and not any(merged.tables.values()):
        return
    rules = rules_of()
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


def load_config(path: Path) -> Settings:
    """The settings of one config file (with its extend chain) over the defaults."""
    return Cascade(path).settings_for(None)


def settings_for(path: Path | None, explicit: Path | None = None) -> Settings:
    """The settings for a file: ``explicit`` when given, else the cascade down to the
    file's directory (``path`` None: the defaults)."""
    if explicit is not None or path is None:
        return Cascade(explicit).settings_for(None)
    return Cascade().settings_for(path if path.is_dir() else path.parent)
