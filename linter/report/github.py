"""GitHub Actions workflow commands: each finding becomes an annotation on the diff.

One line per finding, ``::error|warning|notice file=...,line=...::message``. Values are
escaped as the Actions toolkit does (``escapeData`` and ``escapeProperty``), or a
message holding a newline, or a path holding a comma, would end the command early.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from ..model.findings import FileResult, Finding, ci_path
from . import Context
from .common import Tally
from .text import stats_table

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    """The message part: %, CR and LF are the only characters that end or corrupt it."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """A property value: also ':' and ',', which separate the properties."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def annotation(f: Finding) -> str:
    # endColumn: GitHub documents it as the end column, without saying whether the
    # last character is included; newslint's is exclusive and is passed as is, as
    # every other newslint format does, rather than guessing at GitHub's rendering.
    props = {
        "file": ci_path(f.path),
        "line": f.line, "col": f.column, "endLine": f.end_line, "endColumn": f.end_column,
        "title": f"{f.code} ({f.name})",
    }
    fields = ",".join(f"{key}={escape_property(str(value))}" for key, value in props.items())
    return f"::{COMMANDS[f.severity]} {fields}::{escape_data(f.message)}"


def stream(results: Iterable[FileResult], context: Context) -> Iterator[str]:
    """The annotations; with --statistics, the per-rule counts after them in a
    collapsed group of the job's log (plain lines: they take no annotation slot)."""
    tally = Tally()
    for r in tally.counting(results):
        yield "".join(annotation(f) + "\n" for f in r.findings)
    if context.statistics and tally.rules:
        yield "::group::newslint statistics\n" + stats_table(tally) + "::endgroup::\n"
