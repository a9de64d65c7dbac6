"""The ``newslint`` command line (click)."""

from __future__ import annotations

import json
import os
import sys
import traceback
import textwrap
from pathlib import Path

import click

from .._version import __version__
from ..checks import KINDS
from ..lint import baseline, fixes
from ..lint.config import FAIL_ON, Cascade, Settings, command_line
from ..lint.engine import Linter
from ..model.errors import InputError, InternalError, NewslintError
from ..model.findings import FileResult
from ..model.rules import AUTO, GENRES, RANK
from ..readers.files import read_source
from ..report import FORMATS, Context, render
from .sizes import parse_size
from .run import Configs, Job, Outcome, collect, lint_all


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
    try:
        click.echo(report, nl=False, color=use_color)
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_stdout()
        sys.exit(2)
    except OSError as exc:
        _quiet_stdout()
        _fail(f"cannot write to standard output ({exc.strerror or exc})")
        sys.exit(2)


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


class _Guarded(click.Group):
    """The outermost boundary: an unexpected exception (a bug) is one line on stderr and
    exit status 2, never a traceback and never the status that means "findings"; the
    traceback is shown with NEWSLINT_DEBUG=1 (``check --debug`` shows those of files)."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit, KeyboardInterrupt):
            raise
        except BrokenPipeError:
            _quiet_stdout()
            sys.exit(2)
        except Exception as exc:
            if os.environ.get("NEWSLINT_DEBUG"):
                traceback.print_exc()
            _fail(str(InternalError("newslint", exc)))
            sys.exit(2)


@click.group(cls=_Guarded, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="newslint")
def main() -> None:
    """newslint: a bias and attribution linter for news articles."""


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default="text", show_default=True,
              help="Output format.")
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
@click.option("--statistics", is_flag=True, help="Print the number of findings per rule.")
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
def check(paths, fmt, select, ignore, extend_select, fail_on, config_path, show_settings, statistics, color,
          stdin_filename, genre, no_profile, exclude_globs, output_file, baseline_path, write_baseline,
          fix, show_diff, jobs, max_file_size, debug) -> None:
    """Lint articles (.txt, .md, .html, .json; directories recursively; '-' for stdin)."""
    # The command line is the last layer of the config cascade.
    cli = command_line(select=_split(select) or None, ignore=_split(ignore), extend_select=_split(extend_select),
                       genre=genre, fail_on=fail_on, baseline=baseline_path, exclude=_split(exclude_globs))
    try:
        max_bytes = parse_size(max_file_size)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="'--max-file-size'") from None
    try:
        configs = Configs(config_path, cli, max_bytes, debug)
        if show_settings is not None:
            click.echo("\n".join(configs.cascade.describe(show_settings)))
            sys.exit(0)
        # fail-on and baseline belong to the run: decided once, before any file.
        run_settings = configs.run_settings()
        jobs_in = collect(paths, stdin_filename, configs)
        for _, directory, _, _ in jobs_in:
            configs.linter_for(directory)  # validate every config before any work
        outcomes = lint_all(jobs_in, configs, jobs or os.cpu_count() or 1, _show_progress(output_file),
                            stdin_filename)
        if jobs_in and all(o is None for o in outcomes):
            raise InputError(f"{', '.join(paths) or '.'}: no articles found (only JSON files without article fields)")
        results, sources, errors = _gather(outcomes)
        if show_diff:
            changed = _print_diffs(results, sources)
            sys.exit(2 if errors else int(changed))
        if fix:
            results = _fix(results, sources, jobs_in, configs)
        if write_baseline is not None:
            n = baseline.write(write_baseline, results)
            click.echo(f"newslint: wrote {n} finding{'s' * (n != 1)} to baseline {write_baseline}", err=True)
            sys.exit(2 if errors else 0)
        if run_settings.baseline is not None:
            _apply_baseline(results, run_settings.baseline)
        level = run_settings.fail_on
    except NewslintError as exc:
        _fail(str(exc))
        sys.exit(2)

    use_color = _use_color(color) and output_file is None
    report = _render(fmt, results, sources, configs, use_color, statistics, not no_profile)
    if output_file is not None:
        try:
            output_file.write_text(report, encoding="utf-8")
        except OSError as exc:
            _fail(f"{output_file}: cannot write report ({exc.strerror})")
            sys.exit(2)
    else:
        _emit(report, use_color)
    if errors:
        sys.exit(2)
    if level != "never" and any(RANK[f.severity] >= RANK[level] for r in results for f in r.findings):
        sys.exit(1)
    sys.exit(0)


def _gather(outcomes: list[Outcome]) -> tuple[list[FileResult], dict, int]:
    """Results and their sources in order; each file that failed is reported (and counted)."""
    errors = 0
    results: list[FileResult] = []
    sources = {}
    for outcome in outcomes:
        if outcome is None:
            continue  # package.json and the like, met walking a directory
        if isinstance(outcome, str):  # one bad file: report it, lint the rest, exit 2
            _fail(outcome)
            errors += 1
        else:
            results.append(outcome[0])
            sources[outcome[1].path] = outcome[1]
    return results, sources, errors


def _apply_baseline(results: list[FileResult], baseline_file: Path) -> None:
    """Hide the run's baselined findings; say on stderr which entries are stale."""
    stale = baseline.apply(results, baseline.load(baseline_file))
    if stale:
        click.echo(f"newslint: {baseline_file}: {len(stale)} stale baseline entr{'y' if len(stale) == 1 else 'ies'}"
                   f" (no longer found; rewrite with --write-baseline): "
                   + "; ".join(f"{e.path} {e.code} {e.text!r}" for e in stale[:10])
                   + (" ..." if len(stale) > 10 else ""), err=True)


def _show_progress(output_file: Path | None) -> bool:
    """A progress bar only for a person at a terminal: not in CI, not into a pipe or file."""
    return (sys.stderr.isatty() and (output_file is not None or sys.stdout.isatty())
            and not os.environ.get("CI"))


def _print_diffs(results: list[FileResult], sources: dict) -> bool:
    changed = False
    for r in results:
        text = sources[r.path].text
        edits = fixes.plan(text, r.findings)
        if edits:
            changed = True
            click.echo(fixes.diff(r.path, text, fixes.apply(text, edits)), nl=False)
    return changed


def _fix(results: list[FileResult], sources: dict, jobs_in: list[Job], configs: Configs) -> list[FileResult]:
    """Apply safe fixes file by file and lint the fixed files again, so what is reported
    (and its positions) is what the file now holds."""
    by_path = {path: (directory, fmt_in) for path, directory, fmt_in, _ in jobs_in if path != "-"}
    out = []
    for r in results:
        text = sources[r.path].text
        edits = fixes.plan(text, r.findings) if r.path in by_path else []
        if not edits:
            out.append(r)
            continue
        path = Path(r.path)
        try:
            fixes.write_atomic(path, fixes.apply(text, edits))
        except OSError as exc:
            raise InputError(f"{r.path}: cannot write fixes ({exc.strerror})") from None
        codes = ", ".join(sorted({e.code for e in edits}))
        click.echo(f"newslint: {r.path}: fixed {len(edits)} finding{'s' * (len(edits) != 1)} ({codes})", err=True)
        directory, fmt_in = by_path[r.path]
        source = read_source(path)
        sources[r.path] = source
        out.append(configs.lint(directory, source, fmt_in))
    return out


def _render(fmt: str, results: list[FileResult], sources: dict, configs: Configs, use_color: bool,
            statistics: bool, profile: bool) -> str:
    """The whole report as one string, so it can go to stdout or a file alike."""
    linters = list(configs.linters.values()) or [Linter(Settings())]
    rules = {r.code: r for lt in linters for r in lt.rules}
    families = {k: v for lt in linters for k, v in lt.families.items()}
    context = Context(list(rules.values()), families, sources, use_color, statistics, profile)
    return render(fmt, results, context)


def _rule_settings(config_path: Path | None) -> Settings:
    """The settings 'rules' and 'rule' list from: --config, else the cascade down to the current directory."""
    return Cascade(config_path).run_settings()


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
        schema = KINDS[rule.kind].OPTIONS
        out += ["", "Options (config: [rules." + rule.code + "])"] + [
            f"  {k} = {json.dumps(v)}  # {schema[k].help}" for k, v in rule.options.items()]
    if rule.demote or rule.promote or rule.opinion or rule.genres != GENRES:
        out += ["", "Policy"] + [line for line in (
            f"  runs on: {', '.join(rule.genres)}" if rule.genres != GENRES else "",
            f"  info in: {', '.join(rule.demote)} (the writer's voice is legitimate there)" if rule.demote else "",
            "  info in the headline and first paragraph becomes a warning" if rule.promote else "",
            "  a warning marks its sentence as the writer's judgement in the profile" if rule.opinion else "") if line]
    click.echo("\n".join(out))


@main.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (loopback: only this machine; 0.0.0.0 or :: opens it to the network).")
@click.option("--port", type=click.IntRange(0, 65535), default=8080, show_default=True,
              help="Port to listen on (0 picks a free one).")
@click.option("--max-body", default="2MB", show_default=True,
              help="Largest request body accepted (K and M are 1024-based); larger ones get 413.")
def serve_command(host: str, port: int, max_body: str) -> None:
    """Serve the HTML report in a browser (paste or upload an article) and a JSON API."""
    # Imported here: http.server adds a tenth of a second to every 'newslint check' start.
    from . import serve

    try:
        limit = parse_size(max_body)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="'--max-body'") from None
    try:
        server = serve.build_server(host, port, limit)
    except OSError as exc:
        _fail(f"cannot listen on {host}:{port} ({exc.strerror or exc})")
        sys.exit(2)
    click.echo(f"newslint: serving on {server.url} (Ctrl-C to stop)")
    serve.run(server)
    click.echo("newslint: stopped")


if __name__ == "__main__":  # pragma: no cover
    main()
