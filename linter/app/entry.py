"""The ``newslint`` program: a plain ``newslint check ...`` runs without click.

Importing click and building the command line's ~60 options costs a single-file run
about a tenth of its time. So the program first reads the arguments itself when they
are a ``check`` with options spelt the ordinary way (``--name value``, ``--name=value``,
``-j N``, ``-o FILE``, ``-q``) and values click would accept as they are; then it calls
the same ``run_check`` the click command calls, with the same values click would pass.
Anything else (``--help``, another command, an unknown or abbreviated option, a value
click must judge or convert, shell completion) goes to the click command line
(``cli.main``), which parses it and says what is wrong. ``tests/test_entry.py`` holds
``options()`` to click's own definition of ``check``.
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path

from . import collector
from .sizes import parse_size


@lru_cache(maxsize=1)
def options() -> dict[str, tuple[str, str, tuple[str, ...]]]:
    """``check``'s options: spelling -> (parameter, kind, allowed values). Kinds: flag,
    text, many (repeatable), choice, jobs (an integer >= 1), file (a path that must not
    be a directory), path."""
    from ..lint.settings import FAIL_ON
    from ..model.rules import AUTO, GENRES
    from ..report import FORMATS

    return {
        "--format": ("fmt", "choice", tuple(FORMATS)), "--output-format": ("fmt", "choice", tuple(FORMATS)),
        "--select": ("select", "many", ()), "--ignore": ("ignore", "many", ()),
        "--extend-select": ("extend_select", "many", ()), "--fail-on": ("fail_on", "choice", tuple(FAIL_ON)),
        "--config": ("config_path", "file", ()), "--show-settings": ("show_settings", "path", ()),
        "--statistics": ("statistics", "flag", ()), "--exit-zero": ("exit_zero", "flag", ()),
        "--quiet": ("quiet", "flag", ()), "-q": ("quiet", "flag", ()),
        "--min-severity": ("min_severity", "choice", ("info", "warning", "error")),
        "--show-files": ("show_files", "flag", ()), "--color": ("color", "choice", ("auto", "always", "never")),
        "--stdin-filename": ("stdin_filename", "text", ()), "--genre": ("genre", "choice", (AUTO, *GENRES)),
        "--no-profile": ("no_profile", "flag", ()), "--exclude": ("exclude_globs", "many", ()),
        "--output-file": ("output_file", "file", ()), "-o": ("output_file", "file", ()),
        "--baseline": ("baseline_path", "file", ()), "--write-baseline": ("write_baseline", "file", ()),
        "--fix": ("fix", "flag", ()), "--diff": ("show_diff", "flag", ()),
        "--jobs": ("jobs", "jobs", ()), "-j": ("jobs", "jobs", ()),
        "--max-file-size": ("max_file_size", "text", ()), "--debug": ("debug", "flag", ()),
    }


#: What click passes for an option that is not given.
DEFAULTS = {"paths": (), "fmt": "text", "select": (), "ignore": (), "extend_select": (), "fail_on": None,
            "config_path": None, "show_settings": None, "statistics": False, "exit_zero": False, "quiet": False,
            "min_severity": None, "show_files": False, "color": "auto", "stdin_filename": None, "genre": None,
            "no_profile": False, "exclude_globs": (), "output_file": None, "baseline_path": None,
            "write_baseline": None, "fix": False, "show_diff": False, "jobs": None, "max_file_size": "50MB",
            "debug": False}


def _value(kind: str, allowed: tuple[str, ...], raw: str):
    """The value click would pass for ``raw``, or None where click must judge it."""
    if kind == "choice":
        return raw if raw in allowed else None
    if kind == "jobs":
        return int(raw) if raw.isascii() and raw.isdigit() and int(raw) >= 1 else None
    if kind in ("file", "path"):
        if os.path.lexists(raw):  # click checks an existing path (a directory, readable): let it
            return None
        return Path(raw)
    return raw


def parse(argv: list[str]) -> dict | None:
    """``run_check``'s arguments for a plain ``check`` command line, else None."""
    if not argv or argv[0] != "check":
        return None
    params = {k: list(v) if isinstance(v, tuple) else v for k, v in DEFAULTS.items()}
    rest = iter(argv[1:])
    for token in rest:
        if token == "--":
            params["paths"].extend(rest)
            break
        if token == "-" or not token.startswith("-"):
            params["paths"].append(token)
            continue
        name, eq, raw = token.partition("=") if token.startswith("--") else (token, "", "")
        if name not in options():
            return None
        param, kind, allowed = options()[name]
        if kind == "flag":
            if eq:
                return None
            params[param] = True
            continue
        if not eq:
            raw = next(rest, None)
            if raw is None or raw.startswith("-"):
                return None
        value = _value(kind, allowed, raw)
        if value is None:
            return None
        if kind == "many":
            params[param].append(value)
        else:
            params[param] = value
    try:
        parse_size(params["max_file_size"])
    except ValueError:
        return None
    return {k: tuple(v) if isinstance(v, list) else v for k, v in params.items()}


def main() -> None:
    """The ``newslint`` program (the console script and ``python -m linter``)."""
    collecting = collector.hold()  # no collection while the run's modules load (app/collector.py)
    from ..analyse.codecache import compiled_dataclasses

    with compiled_dataclasses():  # the classes' methods as an earlier run compiled them
        _run(collecting)


def _run(collecting: bool) -> None:
    params = None if os.environ.get("_NEWSLINT_COMPLETE") else parse(sys.argv[1:])
    if params is None:
        collector.release(collecting)
        from .cli import main as command_line

        command_line()
        return
    from .checkrun import guarded, run_check  # the check's modules; run_check settles collection

    try:
        guarded(lambda: run_check(**params))
    except KeyboardInterrupt:  # as click's command line says it
        print("\nAborted!", file=sys.stderr)
        sys.exit(1)
