"""``newslint audit``: the command's work behind its click options."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import click

from ...lint.settings import Layer
from ..run import Configs
from . import fields as fieldnames
from .runner import Options, prepare, run


def audit(inputs: list[str], out: Path, partition_size: int, scheduler: str | None, workers: int | None,
          resume: bool, field_options: tuple[str, ...], config_path: Path | None, cli: Layer, max_bytes: int,
          progress: bool) -> None:
    """Lint every article of the inputs with the settings ``check`` would use (the
    ``--field`` names of the JSON reader's keys join the command line's ``[json]``
    table) and write the tables; one line on stderr says what was done."""
    given = fieldnames.parse_options(field_options)
    reader = {k: v for k, v in given.items() if k in fieldnames.READER_KEYS}
    if reader:
        cli = replace(cli, values={**cli.values, "json_fields": reader})
    configs = Configs(config_path, cli, max_bytes)
    names = fieldnames.resolve(configs.settings_for(Path.cwd()).json_fields, given)
    options = Options(list(inputs), out, partition_size, scheduler, workers, resume, given, progress)
    job = prepare(options, configs, names)
    totals = run(options, configs, job)
    skipped = f", {totals.skipped} resumed" if totals.skipped else ""
    click.echo(f"newslint audit: {totals.articles} articles ({totals.partitions} partitions{skipped}), "
               f"{totals.findings} findings, {totals.failures} failures, {totals.seconds:.1f} s on "
               f"{totals.workers} worker{'s' * (totals.workers != 1)}; wrote {out}", err=True)
