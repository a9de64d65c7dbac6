"""What every command says to the person at the terminal: one error line, option lists,
whether to draw progress."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def split(values: tuple[str, ...]) -> list[str]:
    """Comma-separated option values, repeated or not, as one list."""
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def echo(message: str, err: bool = False, nl: bool = True) -> None:
    """``click.echo``, loaded when a message is written: a plain check run never loads click."""
    import click

    click.echo(message, err=err, nl=nl)


def fail(message: str) -> None:
    echo(f"newslint: error: {message}", err=True)


def show_progress(output_file: Path | None) -> bool:
    """A progress bar only for a person at a terminal: not in CI, not into a pipe or file."""
    return (sys.stderr.isatty() and (output_file is not None or sys.stdout.isatty())
            and not os.environ.get("CI"))
