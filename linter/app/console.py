"""What every command says to the person at the terminal: one error line, option lists,
whether to draw progress."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click


def split(values: tuple[str, ...]) -> list[str]:
    """Comma-separated option values, repeated or not, as one list."""
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def fail(message: str) -> None:
    click.echo(f"newslint: error: {message}", err=True)


def show_progress(output_file: Path | None) -> bool:
    """A progress bar only for a person at a terminal: not in CI, not into a pipe or file."""
    return (sys.stderr.isatty() and (output_file is not None or sys.stdout.isatty())
            and not os.environ.get("CI"))
