"""The ``newslint`` command line (click)."""

from __future__ import annotations

import os
import sys
import textwrap
from pathlib import Path

import click

from . import __version__
from .config import FAIL_ON, Settings, find_config, load_config
from .engine import FileResult, Linter
from .errors import InputError, NewslintError
from .findings import RANK
from .readers import excluded, expand, format_of, read_source, read_stdin
from .report import jsonout, text as textout

FORMATS = ("text", "concise", "json")


def _split(values: tuple[str, ...]) -> list[str]:
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def _fail(message: str) -> None:
    click.echo(f"newslint: error: {message}", err=True)


def _use_color(choice: str) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


class _Configs:
    """Settings per directory: the nearest config file upwards, or --config for all."""

    def __init__(self, explicit: Path | None, overrides: dict) -> None:
        self.explicit = load_config(explicit) if explicit else None
        self.overrides = overrides
        self.by_dir: dict[Path, Settings] = {}
        self.linters: dict[Path | None, Linter] = {}

    def settings_for(self, directory: Path) -> Settings:
        if self.explicit is not None:
            return self.explicit
        directory = directory.resolve()
        if directory not in self.by_dir:
            found = find_config(directory)
            self.by_dir[directory] = load_config(found) if found else Settings()
        return self.by_dir[directory]

    def linter_for(self, directory: Path) -> Linter:
        settings = self.settings_for(directory)
        key = settings.path
        if key not in self.linters:
            merged = Settings(**{**settings.__dict__})
            o = self.overrides
            if o["select"] is not None:
                merged.select = o["select"]
            merged.ignore = merged.ignore + o["ignore"]
            merged.extend_select = merged.extend_select + o["extend_select"]
            if o.get("genre"):
                merged.genre = o["genre"]
            self.linters[key] = Linter(merged)
        return self.linters[key]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="newslint")
def main() -> None:
    """newslint: a bias and attribution linter for news articles."""


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="Output format.")
@click.option("--select", multiple=True, help="Rule codes or prefixes to run instead of the defaults (comma-separated).")
@click.option("--ignore", multiple=True, help="Rule codes or prefixes to leave out (comma-separated).")
@click.option("--extend-select", multiple=True, help="Rule codes or prefixes to add to the selection.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default=None,
              help="Lowest severity that makes the exit status 1 [default: error, or the config's].")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Use this config file instead of discovering one.")
@click.option("--statistics", is_flag=True, help="Print the number of findings per rule.")
@click.option("--color", type=click.Choice(("auto", "always", "never")), default="auto", show_default=True,
              help="Colour the text output (auto honours NO_COLOR and the terminal).")
@click.option("--stdin-filename", default=None,
              help="Name (and so format, by extension) for the article read from '-'.")
@click.option("--genre", type=click.Choice(("news", "analysis", "opinion")), default=None,
              help="Kind of piece: outside news, the writer's voice is allowed (OPIN and LOAD become info).")
@click.option("--no-profile", is_flag=True, help="Do not print the sourcing profile after the findings.")
@click.option("--exclude", "exclude_globs", multiple=True,
              help="Glob of paths to skip when walking directories (adds to the config's).")
def check(paths, fmt, select, ignore, extend_select, fail_on, config_path, statistics, color,
          stdin_filename, genre, no_profile, exclude_globs) -> None:
    """Lint articles (.txt, .md, .html, .json; directories recursively; '-' for stdin)."""
    overrides = {"select": _split(select) or None, "ignore": _split(ignore),
                 "extend_select": _split(extend_select), "genre": genre}
    errors = 0
    results: list[FileResult] = []
    sources = {}
    try:
        configs = _Configs(config_path, overrides)
        targets = list(paths) or ["."]
        files: list[str] = []
        for target in targets:
            start = Path(target) if os.path.isdir(target) else Path(target).parent
            if target == "-":
                start = Path(stdin_filename).parent if stdin_filename else Path.cwd()
            exclude = configs.settings_for(start).exclude + _split(exclude_globs)
            files.extend(f for f in expand([target], exclude)
                         if f == target or not excluded(f, exclude))
        for path in files:
            try:
                if path == "-":
                    name = stdin_filename or "-"
                    source = read_stdin(sys.stdin.buffer.read(), name)
                    directory = Path(name).parent if stdin_filename else Path.cwd()
                    fmt_in = format_of(name) if stdin_filename else "txt"
                else:
                    source = read_source(path)
                    directory = Path(path).parent
                    fmt_in = format_of(path)
                linter = configs.linter_for(directory)
                result = linter.lint_source(source, fmt_in)
            except InputError as exc:  # one bad file: report it, lint the rest, exit 2
                _fail(str(exc))
                errors += 1
                continue
            results.append(result)
            sources[source.path] = source
        # --fail-on wins; otherwise the (first) config's fail-on; otherwise "error".
        level = fail_on or next((lt.settings.fail_on for lt in configs.linters.values()), "error")
    except NewslintError as exc:
        _fail(str(exc))
        sys.exit(2)

    use_color = _use_color(color)
    if fmt == "json":
        click.echo(jsonout.render(results), nl=False)
    elif fmt == "concise":
        click.echo(textout.concise(results, use_color), nl=False, color=use_color)
        if not no_profile:
            click.echo("".join(textout.profiles(results, one_line=True)), nl=False)
        if statistics:
            click.echo(textout.stats_table(results), nl=False)
        click.echo(textout.summary_line(results, use_color), color=use_color)
    else:
        click.echo(textout.full(results, sources, use_color, statistics, not no_profile), nl=False, color=use_color)
    if errors:
        sys.exit(2)
    if level != "never" and any(RANK[f.severity] >= RANK[level] for r in results for f in r.findings):
        sys.exit(1)
    sys.exit(0)


def _rule_settings(config_path: Path | None) -> Settings:
    if config_path:
        return load_config(config_path)
    found = find_config(Path.cwd())
    return load_config(found) if found else Settings()


@main.command("rules")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Include the rule packs this config adds.")
def list_rules(config_path) -> None:
    """List every rule: code, name, family, default severity, on by default."""
    try:
        linter = Linter(_rule_settings(config_path))
    except NewslintError as exc:
        _fail(str(exc))
        sys.exit(2)
    rows = [(r.code, r.name, r.family, r.severity, "yes" if r.enabled else "no", r.summary) for r in linter.rules]
    widths = [max(len(row[i]) for row in rows + [("CODE", "NAME", "FAMILY", "SEVERITY", "ON", "")]) for i in range(5)]
    header = ("CODE", "NAME", "FAMILY", "SEVERITY", "ON")
    click.echo("  ".join(h.ljust(w) for h, w in zip(header, widths)) + "  SUMMARY")
    for row in rows:
        click.echo("  ".join(v.ljust(w) for v, w in zip(row[:5], widths)) + "  " + row[5])


@main.command("rule")
@click.argument("code")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Include the rule packs this config adds.")
def show_rule(code: str, config_path) -> None:
    """Explain one rule: what it detects, why, examples, how to fix."""
    try:
        linter = Linter(_rule_settings(config_path))
    except NewslintError as exc:
        _fail(str(exc))
        sys.exit(2)
    rule = linter.by_code.get(code.upper())
    if rule is None:
        _fail(f"unknown rule code {code!r} (see 'newslint rules')")
        sys.exit(2)
    wrap = lambda s: textwrap.fill(" ".join(s.split()), 88)  # noqa: E731
    out = [f"{rule.code} ({rule.name})", "",
           f"  Family:   {rule.family}", f"  Severity: {rule.severity}",
           f"  Enabled:  {'yes' if rule.enabled else 'no (turn on with --extend-select ' + rule.code + ')'}",
           f"  Kind:     {rule.kind}", "", "What it detects", textwrap.indent(wrap(rule.summary), "  ")]
    if rule.rationale:
        out += ["", "Why", textwrap.indent(wrap(rule.rationale), "  ")]
    if rule.positive:
        out += ["", "Flagged"] + [f"  - {ex}".replace("\n\n", " / ") for ex in rule.positive]
    if rule.negative:
        out += ["", "Not flagged"] + [f"  - {ex}".replace("\n\n", " / ") for ex in rule.negative]
    if rule.fix:
        out += ["", "How to fix", textwrap.indent(wrap(rule.fix), "  ")]
    if rule.options:
        out += ["", "Options (config: [rules." + rule.code + "])"] + [f"  {k} = {v!r}" for k, v in rule.options.items()]
    click.echo("\n".join(out))


if __name__ == "__main__":  # pragma: no cover
    main()
