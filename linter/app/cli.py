"""The ``newslint`` command line (click)."""

from __future__ import annotations

from . import collector

_COLLECTING = collector.hold()  # no collection while this module loads (app/collector.py)

import contextlib  # noqa: E402
import gc  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Iterator  # noqa: E402

import click  # noqa: E402

from .._version import __version__
from ..lint.baseline import Baseline
from ..lint.baseline import load as load_baseline
from ..lint.baseline import write as write_baseline_file
from ..lint.config import FAIL_ON, Cascade, Settings, command_line
from ..lint.engine import Linter
from ..model.errors import InputError, InternalError, NewslintError
from ..model.rules import AUTO, GENRES
from ..report import FORMATS, Context, stream
from .checking import Run, diffs, stale_baseline, started, write
from .run import Configs, Outcome, collect, lint_each
from .console import fail as _fail
from .console import show_progress as _show_progress
from .console import split as _split
from .sizes import parse_size
from .programs import audit_command, lsp_command, serve_command


def _quiet_stdout() -> None:
    """Standard output is gone (a reader closed the pipe): point it at /dev/null so the
    interpreter's last flush does not fail loudly."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _emit(report: str, use_color: bool) -> None:
    """Write the report to standard output; a full disk or a closed pipe is one line (or
    silence, for a pipe a reader closed) and exit status 2, never a traceback."""
    with _stdout_guard():
        click.echo(report, nl=False, color=use_color)
        sys.stdout.flush()


@contextlib.contextmanager
def _stdout_guard() -> Iterator[None]:
    """A closed pipe is silence, a full disk one line; both exit 2."""
    try:
        yield
    except BrokenPipeError:
        _quiet_stdout()
        sys.exit(2)
    except OSError as exc:
        _quiet_stdout()
        _fail(f"cannot write to standard output ({exc.strerror or exc})")
        sys.exit(2)




def _use_color(choice: str) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


class _Guarded(click.Group):
    """The outermost boundary: an unexpected exception (a bug) is one line on stderr and
    exit status 2, never a traceback and never the status that means "findings"; the
    traceback is shown with NEWSLINT_DEBUG=1 (``check --debug`` shows those of files)."""

    def invoke(self, ctx: click.Context) -> object:
        collecting = gc.isenabled()
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit, KeyboardInterrupt):
            raise
        except BrokenPipeError:
            _quiet_stdout()
            sys.exit(2)
        except Exception as exc:
            if os.environ.get("NEWSLINT_DEBUG"):
                import traceback

                traceback.print_exc()
            _fail(str(InternalError("newslint", exc)))
            sys.exit(2)
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
    collector.hold()  # until the first file is linted (run.lint_each settles it)
    # The command line is the last layer of the config cascade.
    cli = command_line(select=_split(select) or None, ignore=_split(ignore), extend_select=_split(extend_select),
                       genre=genre, fail_on="never" if exit_zero else fail_on, baseline=baseline_path,
                       exclude=_split(exclude_globs), min_severity=min_severity)
    try:
        max_bytes = parse_size(max_file_size)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="'--max-file-size'") from None
    try:
        # only the HTML report draws the article: other formats let each parsed article go
        configs = Configs(config_path, cli, max_bytes, debug, keep_parsed=fmt == "html")
        if show_settings is not None:
            click.echo("\n".join(configs.cascade.describe(show_settings)))
            sys.exit(0)
        # fail-on and baseline belong to the run: decided once, before any file.
        run_settings = configs.run_settings()
        jobs_in = collect(paths, stdin_filename, configs)
        if show_files:
            _emit("".join(f"{job[0]}\n" for job in jobs_in), False)
            sys.exit(0)
        for _, directory, _, _ in jobs_in:
            configs.linter_for(directory)  # validate every config before any work
        stdin_path = (stdin_filename or "-") if any(job[0] == "-" for job in jobs_in) else None
        run = Run(configs, jobs_in, fix=fix, stdin_path=stdin_path, record=[] if write_baseline else None,
                  min_severity=run_settings.min_severity,
                  baseline=Baseline(load_baseline(run_settings.baseline))
                  if run_settings.baseline is not None and write_baseline is None else None)
        outcomes = _progress(lint_each(jobs_in, configs, jobs or os.cpu_count() or 1, stdin_filename),
                             len(jobs_in), _show_progress(output_file) and not quiet)
        if show_diff:
            changed = diffs(run, outcomes)
            sys.exit(2 if run.errors else int(changed))
        if write_baseline is not None:
            _write_baseline(run, outcomes, write_baseline)
        to_stderr = fix and stdin_path is not None  # standard output gets the fixed text
        _report(run, outcomes, fmt, output_file, to_stderr,
                Context(*_rules(configs), _use_color(color) and output_file is None and not to_stderr,
                        statistics, not (no_profile or quiet), run_settings.fail_on))
        if run.fixed_stdin is not None:
            _emit(run.fixed_stdin, False)
        if run.baseline is not None:
            stale_baseline(run_settings.baseline, run)
        if jobs_in and not run.results_seen and not run.errors:
            raise InputError(f"{', '.join(paths) or '.'}: no articles found (only JSON files without article fields)")
    except NewslintError as exc:
        _fail(str(exc))
        sys.exit(2)
    sys.exit(run.status(run_settings.fail_on))


def _report(run: Run, outcomes: Iterator[Outcome], fmt: str, output_file: Path | None, to_stderr: bool,
            context: Context) -> None:
    """Stream the report to the output file, standard error or standard output."""
    results = started(run.results(outcomes))
    if output_file is not None:
        try:
            with output_file.open("w", encoding="utf-8") as out:
                if results is not None:
                    write(stream(fmt, results, context), out)
        except OSError as exc:
            raise InputError(f"{output_file}: cannot write report ({exc.strerror})") from None
    elif results is not None:
        with _stdout_guard():
            write(stream(fmt, results, context), sys.stderr if to_stderr else sys.stdout)


def _write_baseline(run: Run, outcomes: Iterator[Outcome], path: Path) -> None:
    """--write-baseline: record every finding of the run as reviewed, and exit."""
    for _ in run.results(outcomes):
        pass
    assert run.record is not None
    n = write_baseline_file(path, run.record)
    click.echo(f"newslint: wrote {n} finding{'s' * (n != 1)} to baseline {path}", err=True)
    sys.exit(2 if run.errors else 0)


def _progress(outcomes: Iterator[Outcome], total: int, show: bool) -> Iterator[Outcome]:
    """A progress bar on stderr while the outcomes come (only for a person at a terminal)."""
    if not show or total < 2:
        yield from outcomes
        return
    with click.progressbar(length=total, label="Linting", file=sys.stderr) as bar:
        for outcome in outcomes:
            bar.update(1)
            yield outcome


def _rules(configs: Configs) -> tuple[list, dict]:
    """The rules and families the run's linters know, for the report."""
    linters = list(configs.linters.values()) or [Linter(Settings())]
    rules = {r.code: r for lt in linters for r in lt.rules}
    families = {k: v for lt in linters for k, v in lt.families.items()}
    return list(rules.values()), families


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
