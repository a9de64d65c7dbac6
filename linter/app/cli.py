"""The ``newslint`` command line (click)."""

from __future__ import annotations

from . import collector

_COLLECTING = collector.hold()  # no collection while this module loads (app/collector.py)

import gc  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import click  # noqa: E402

from .._version import __version__
from ..lint.config import FAIL_ON, Cascade, Settings
from ..lint.engine import Linter
from ..model.errors import NewslintError
from ..model.rules import AUTO, GENRES
from ..report import FORMATS
from .checkrun import _emit, guarded, run_check
from .console import fail as _fail
from .console import show_progress as _show_progress
from .sizes import parse_size
from .programs import audit_command, lsp_command, serve_command


__all__ = ["main", "_show_progress"]  # _show_progress: tests import it from here


class _Guarded(click.Group):
    """The outermost boundary: an unexpected exception (a bug) is one line on stderr and
    exit status 2, never a traceback and never the status that means "findings"; the
    traceback is shown with NEWSLINT_DEBUG=1 (``check --debug`` shows those of files)."""

    def invoke(self, ctx: click.Context) -> object:
        collecting = gc.isenabled()
        try:
            return guarded(lambda: super(_Guarded, self).invoke(ctx),
                           (click.exceptions.Exit, click.ClickException, click.Abort))
        finally:
            collector.release(collecting)  # a check pauses collection until its first file is done


@click.group(cls=_Guarded, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="newslint")
def main() -> None:
    """newslint: a bias and attribution linter for news articles."""


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--format", "--output-format", "fmt", type=click.Choice(list(FORMATS)), default="text",
              show_default=True, help="Output format (--output-format is the same option, as ruff spells it).")
@click.option("--select", multiple=True, help="Rule codes or prefixes to run instead of the defaults (comma-separated).")
@click.option("--ignore", multiple=True, help="Rule codes or prefixes to leave out (comma-separated).")
@click.option("--extend-select", multiple=True, help="Rule codes or prefixes to add to the selection.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default=None,
              help="Lowest severity that makes the exit status 1 [default: the current directory's config's, "
                   "else error].")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Use this config file (and the files it extends) for every file instead of discovering them.")
@click.option("--show-settings", "show_settings", type=click.Path(path_type=Path), default=None,
              help="Print the settings that apply to this file and where each comes from, and exit.")
@click.option("--statistics", is_flag=True,
              help="Print the number of findings per rule and severity (text, concise, github; json, sarif "
                   "and junit carry them too).")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even with findings (the same as --fail-on never).")
@click.option("--quiet", "-q", is_flag=True, help="Print the findings and the summary only (no profiles).")
@click.option("--min-severity", type=click.Choice(("info", "warning", "error")), default=None,
              help="Leave findings below this severity out of the output (the exit status still follows "
                   "--fail-on) [default: the current directory's config's, else info: all shown].")
@click.option("--show-files", is_flag=True, help="Print the files a run would lint, one a line, and exit.")
@click.option("--color", type=click.Choice(("auto", "always", "never")), default="auto", show_default=True,
              help="Colour the text output (auto honours NO_COLOR and the terminal).")
@click.option("--stdin-filename", default=None,
              help="Name (and so format, by extension) for the article read from '-'.")
@click.option("--genre", type=click.Choice((AUTO, *GENRES)), default=None,
              help="Kind of piece [default: auto, recognised from the text]: outside news the writer's "
                   "voice is often legitimate (the packs' demote lists say where findings become info).")
@click.option("--no-profile", is_flag=True, help="Do not print the sourcing profile after the findings.")
@click.option("--exclude", "exclude_globs", multiple=True,
              help="Glob of paths to skip when walking directories (adds to the config's).")
@click.option("--output-file", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the report to this file instead of standard output (exit status unchanged).")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Hide the findings recorded in this baseline file (default: the current directory's "
                   "config's 'baseline').")
@click.option("--write-baseline", "write_baseline", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Record the current findings in this file as reviewed, and exit 0.")
@click.option("--fix", is_flag=True, help="Apply the safe fixes to the files, then report what remains.")
@click.option("--diff", "show_diff", is_flag=True,
              help="Print the safe fixes as a unified diff without changing any file (exit 1 if there are any).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Processes for many files [default: the machine's cores].")
@click.option("--max-file-size", default="50MB", show_default=True,
              help="Refuse files larger than this (K, M and G are 1024-based).")
@click.option("--debug", is_flag=True, help="Show the traceback of an internal error.")
def check(paths, fmt, select, ignore, extend_select, fail_on, config_path, show_settings, statistics, exit_zero,
          quiet, min_severity, show_files, color, stdin_filename, genre, no_profile, exclude_globs, output_file,
          baseline_path, write_baseline, fix, show_diff, jobs, max_file_size, debug) -> None:
    """Lint articles (.txt, .md, .html, .json; directories recursively; '-' for stdin)."""
    try:
        parse_size(max_file_size)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="'--max-file-size'") from None
    run_check(paths, fmt, select, ignore, extend_select, fail_on, config_path, show_settings, statistics, exit_zero,
              quiet, min_severity, show_files, color, stdin_filename, genre, no_profile, exclude_globs, output_file,
              baseline_path, write_baseline, fix, show_diff, jobs, max_file_size, debug)


def _rule_settings(config_path: Path | None) -> Settings:
    """The settings 'rules' and 'rule' list from: --config, else the cascade down to the current directory."""
    return Cascade(config_path).run_settings()


@main.command("rules")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Include the rule packs this config adds.")
@click.option("--format", "--output-format", "fmt", type=click.Choice(("text", "json")), default="text",
              show_default=True, help="A table, or a JSON list of the rules (for scripts and editors).")
def list_rules(config_path, fmt) -> None:
    """List every rule: code, name, family, default severity, on by default."""
    try:
        linter = Linter(_rule_settings(config_path))
    except NewslintError as exc:
        _fail(str(exc))
        sys.exit(2)
    if fmt == "json":
        import json

        from .listing import rule_json

        _emit(json.dumps([rule_json(r) for r in linter.rules], ensure_ascii=False, indent=2) + "\n", False)
        return
    rows = [(r.code, r.name, r.family, r.severity, "yes" if r.enabled else "no", r.summary) for r in linter.rules]
    widths = [max(len(row[i]) for row in rows + [("CODE", "NAME", "FAMILY", "SEVERITY", "ON", "")]) for i in range(5)]
    header = ("CODE", "NAME", "FAMILY", "SEVERITY", "ON")
    click.echo("  ".join(h.ljust(w) for h, w in zip(header, widths)) + "  SUMMARY")
    for row in rows:
        click.echo("  ".join(v.ljust(w) for v, w in zip(row[:5], widths)) + "  " + row[5])


@main.command("completion")
@click.argument("shell", type=click.Choice(("bash", "zsh", "fish")))
def completion(shell: str) -> None:
    """Print the shell completion script, e.g. eval "$(newslint completion bash)" in ~/.bashrc."""
    from click.shell_completion import get_completion_class

    cls = get_completion_class(shell)
    assert cls is not None
    _emit(cls(main, {}, "newslint", "_NEWSLINT_COMPLETE").source(), False)


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
    from .explain import explain  # only 'rule' pays for it

    click.echo(explain(rule))


main.add_command(audit_command)
main.add_command(serve_command)
main.add_command(lsp_command)
collector.release(_COLLECTING)


if __name__ == "__main__":  # pragma: no cover
    main()
