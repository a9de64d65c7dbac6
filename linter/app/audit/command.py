"""``newslint audit``: the command's work behind its click options."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import click

from ...lint.settings import Layer
from ..run import Configs
from ..sizes import parse_size
from . import fields as fieldnames
from .runner import Options, prepare, run


def audit(options: dict[str, Any], cli: Layer, progress: bool) -> None:
    """Lint every article of the inputs with the settings ``check`` would use (the
    ``--field`` names of the JSON reader's keys join the command line's ``[json]``
    table) and write the tables; one line on stderr says what was done."""
    try:
        max_bytes = parse_size(options["max_file_size"])
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="'--max-file-size'") from None
    try:
        given = fieldnames.parse_options(options["fields"])
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="'--field'") from None
    reader = {k: v for k, v in given.items() if k in fieldnames.READER_KEYS}
    if reader:
        cli = replace(cli, values={**cli.values, "json_fields": reader})
    configs = Configs(options["config_path"], cli, max_bytes)
    names = fieldnames.resolve(configs.settings_for(Path.cwd()).json_fields, given)
    out = options["out"]
    run_options = Options(list(options["inputs"]), out, options["partition_size"], options["scheduler"],
                          options["workers"], options["resume"], given, progress)
    job = prepare(run_options, configs, names)
    totals = run(run_options, configs, job)
    skipped = f", {totals.skipped} resumed" if totals.skipped else ""
    click.echo(f"newslint audit: {totals.articles} articles ({totals.partitions} partitions{skipped}), "
               f"{totals.findings} findings, {totals.failures} failures, {totals.seconds:.1f} s on "
               f"{totals.workers} worker{'s' * (totals.workers != 1)}; wrote {out}", err=True)
