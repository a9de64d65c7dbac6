"""The long-running programs: ``newslint audit`` (an archive on Dask), ``serve`` (the
checking page and the API) and ``lsp`` (the language server). Each imports its
machinery inside the command, so a ``check`` run never loads Dask, http.server or pygls."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from ..lint.config import command_line
from ..model.errors import NewslintError
from ..model.rules import AUTO, GENRES
from .console import fail as _fail
from .console import show_progress as _show_progress
from .console import split as _split
from .sizes import parse_size


@click.command("audit")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Directory for the Parquet tables, failures.csv, summary.csv and report.html.")
@click.option("--partition-size", type=click.IntRange(min=1), default=500, show_default=True,
              help="Articles (files, lines, records or rows) per unit of work.")
@click.option("--scheduler", help="Address of a running Dask scheduler [default: start a local cluster].")
@click.option("--workers", type=click.IntRange(min=1), help="Local cluster's worker processes [default: cores].")
@click.option("--resume", is_flag=True, help="Continue an interrupted audit in --out (finished partitions skipped).")
@click.option("--field", "fields", multiple=True, help="Field names of row exports: KEY=NAME[,NAME] (KEY: id, "
              "headline, body, standfirst, body_format, date, outlet, section, author).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Use this config file for every article instead of discovering them.")
@click.option("--select", multiple=True, help="Rule codes or prefixes to run instead of the defaults.")
@click.option("--ignore", multiple=True, help="Rule codes or prefixes to leave out.")
@click.option("--extend-select", multiple=True, help="Rule codes or prefixes to add to the selection.")
@click.option("--genre", type=click.Choice((AUTO, *GENRES)), help="Kind of piece [default: auto].")
@click.option("--exclude", "exclude_globs", multiple=True, help="Glob of paths to skip when walking directories.")
@click.option("--max-file-size", default="50MB", show_default=True, help="Refuse article files larger than this.")
def audit_command(**options) -> None:
    """Audit an archive on Dask: directories, JSON Lines, CSV and Parquet exports into Parquet tables."""
    from .audit.command import audit  # Dask and pyarrow are for audits only: a check never loads them

    try:
        audit(options, command_line(select=_split(options["select"]) or None, ignore=_split(options["ignore"]),
                                    extend_select=_split(options["extend_select"]), genre=options["genre"],
                                    exclude=_split(options["exclude_globs"])), _show_progress(None))
    except NewslintError as exc:
        _fail(str(exc))
        sys.exit(2)


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (loopback: only this machine; 0.0.0.0 or :: opens it to the network).")
@click.option("--port", type=click.IntRange(0, 65535), default=8080, show_default=True,
              help="Port to listen on (0 picks a free one).")
@click.option("--max-body", default="2MB", show_default=True,
              help="Largest request body accepted (K and M are 1024-based); larger ones get 413.")
@click.option("--token", envvar="NEWSLINT_TOKEN", default=None,
              help="Require this token on every request (needed to listen on a non-loopback address) "
                   "[env: NEWSLINT_TOKEN].")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Lint worker processes [default: the machine's cores].")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=20.0, show_default=True,
              help="Seconds one article may take to lint; longer ones get 503 and their worker is replaced.")
@click.option("--max-connections", type=click.IntRange(min=1), default=64, show_default=True,
              help="Connections served at once; more are answered 503.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Use this config file (and its extend chain) for the page and the API, instead of "
                   "discovering one from the current directory.")
def serve_command(host: str, port: int, max_body: str, token: str | None, workers: int | None, timeout: float,
                  max_connections: int, config_path: Path | None) -> None:
    """Serve the checking page (findings highlighted as you type), the HTML report and a JSON API."""
    # Imported here: http.server adds a tenth of a second to every 'newslint check' start.
    from . import serve

    try:
        limit = parse_size(max_body)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="'--max-body'") from None
    try:
        server = serve.build_server(host, port, limit, token=token, workers=workers or os.cpu_count() or 1,
                                    lint_timeout=timeout, max_connections=max_connections,
                                    where=serve.Where(config_path, Path.cwd()))
    except NewslintError as exc:
        _fail(str(exc))
        sys.exit(2)
    except ValueError as exc:
        _fail(f"cannot serve on {host}: {exc}")
        sys.exit(2)
    except OSError as exc:
        _fail(f"cannot listen on {host}:{port} ({exc.strerror or exc})")
        sys.exit(2)
    click.echo(f"newslint: serving on {server.url} (Ctrl-C to stop)")
    serve.run(server)
    click.echo("newslint: stopped")


@click.command("lsp")
@click.option("--stdio", is_flag=True, help="Accepted for clients that pass it: standard input and output is "
                                            "the only transport.")
def lsp_command(stdio: bool) -> None:
    """Run the language server over standard input and output (for editors: diagnostics,
    hover, quick fixes)."""
    # Imported here: pygls and lsprotocol are for the editor, not for 'newslint check'.
    from .lsp.server import run

    run()
