"""The ``check`` command's run, without click: the command line (``cli.check``) and
the fast entry (``entry``) both call ``run_check`` with the parsed options. click is
imported only to echo a message, draw a progress bar or colour text, so a plain
``newslint check FILE`` run by ``entry`` never loads it."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import Iterator

from . import collector
from ..lint.config import Settings, command_line
from ..lint.engine import Linter
from ..model.errors import InputError, InternalError, NewslintError
from ..report import Context, stream
from .checking import Run, diffs, stale_baseline, started, write
from .run import DETAILS, Configs, Outcome, collect, lint_each
from .console import echo as _echo
from .console import fail as _fail
from .console import show_progress as _show_progress
from .console import split as _split
from .sizes import parse_size


def guarded(call, passthrough: tuple[type[BaseException], ...] = ()):
    """The outermost boundary of a command: an unexpected exception (a bug) is one line
    on stderr and exit status 2, never a traceback and never the status that means
    "findings"; the traceback is shown with NEWSLINT_DEBUG=1 (``check --debug`` shows
    those of files). ``passthrough``: exceptions the caller handles (click's)."""
    try:
        return call()
    except (*passthrough, SystemExit, KeyboardInterrupt):
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


def run_check(paths, fmt, select, ignore, extend_select, fail_on, config_path, show_settings, statistics, exit_zero,
              quiet, min_severity, show_files, color, stdin_filename, genre, no_profile, exclude_globs, output_file,
              baseline_path, write_baseline, fix, show_diff, jobs, max_file_size, debug) -> None:
    """Lint articles (.txt, .md, .html, .json; directories recursively; '-' for stdin)
    and exit with the run's status."""
    collector.hold()  # until the first file is linted (run.lint_each settles it)
    # The command line is the last layer of the config cascade.
    cli = command_line(select=_split(select) or None, ignore=_split(ignore), extend_select=_split(extend_select),
                       genre=genre, fail_on="never" if exit_zero else fail_on, baseline=baseline_path,
                       exclude=_split(exclude_globs), min_severity=min_severity)
    max_bytes = parse_size(max_file_size)  # checked by the caller
    try:
        # only the HTML report draws the article: other formats let each parsed article go
        configs = Configs(config_path, cli, max_bytes, debug, keep_parsed=fmt == "html",
                          keep_details=_details(fmt, not (no_profile or quiet)))
        if show_settings is not None:
            _echo("\n".join(configs.cascade.describe(show_settings)))
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
                  baseline=_baseline(run_settings.baseline) if write_baseline is None else None)
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


def _details(fmt: str, profile: bool) -> tuple[str, ...]:
    """What of each result the report reads beside its findings: JSON and HTML all of
    it, text and concise the profile when they show it, the others none."""
    if fmt in ("json", "html"):
        return DETAILS
    return ("profiles",) if profile and fmt in ("text", "concise") else ()


def _baseline(path: Path | None):
    """The run's baseline, when there is one (only then is the module loaded)."""
    if path is None:
        return None
    from ..lint.baseline import Baseline, load

    return Baseline(load(path))


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
    import click  # loaded when something is echoed: a report goes through write()

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
    from ..lint.baseline import write as write_baseline_file

    n = write_baseline_file(path, run.record)
    _echo(f"newslint: wrote {n} finding{'s' * (n != 1)} to baseline {path}", err=True)
    sys.exit(2 if run.errors else 0)


def _progress(outcomes: Iterator[Outcome], total: int, show: bool) -> Iterator[Outcome]:
    """A progress bar on stderr while the outcomes come (only for a person at a terminal)."""
    if not show or total < 2:
        yield from outcomes
        return
    import click  # only a person at a terminal gets the bar

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
