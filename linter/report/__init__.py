"""Reporting: one module per output format, all with one signature,
``stream(results, context) -> Iterator[str]``, and this registry, from which the command
line's ``--format`` choices come. Reporters only format what linting produced, and they
stream: each file's part is written as soon as the file is linted, so a run over a
whole archive never holds more than the files in flight (plus the counts a format
needs for its summary).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from ..model.findings import FileResult
from ..model.rules import Family, Rule

#: Format name -> module in this package (imported on first use: start-up time counts).
FORMATS: dict[str, str] = {
    "text": "text", "concise": "concise", "json": "jsonout", "sarif": "sarif", "github": "github",
    "junit": "junit", "gitlab": "gitlab", "html": "html",
}


@dataclass
class Context:
    """What a reporter may need beside the results: the rules and families in force and
    the human formats' choices. (A result carries its own decoded source.)"""

    rules: list[Rule] = field(default_factory=list)
    families: dict[str, Family] = field(default_factory=dict)
    color: bool = False
    statistics: bool = False
    profile: bool = True
    #: The run's --fail-on: a format that marks failures (JUnit) fails only the findings
    #: that fail the run; None (a library caller) fails every finding.
    fail_on: str | None = None


def stream(fmt: str, results: Iterable[FileResult], context: Context) -> Iterator[str]:
    """The report in one format, piece by piece as the results arrive."""
    module = importlib.import_module(f"{__name__}.{FORMATS[fmt]}")
    return module.stream(results, context)


def render(fmt: str, results: Iterable[FileResult], context: Context) -> str:
    """The whole report as one string (tests, the server)."""
    return "".join(stream(fmt, results, context))
