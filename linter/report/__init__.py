"""Reporting: one module per output format, all with one signature,
``render(results, context) -> str``, and this registry, from which the command line's
``--format`` choices come. Reporters only format what linting produced.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field

from ..model.findings import FileResult
from ..model.rules import Family, Rule
from ..model.source import Source

#: Format name -> module in this package (imported on first use: start-up time counts).
FORMATS: dict[str, str] = {
    "text": "text", "concise": "concise", "json": "jsonout", "sarif": "sarif", "github": "github",
    "junit": "junit", "gitlab": "gitlab", "html": "html",
}


@dataclass
class Context:
    """What a reporter may need beside the results: the rules and families in force, the
    decoded sources (to show a finding's line), and the human formats' choices."""

    rules: list[Rule] = field(default_factory=list)
    families: dict[str, Family] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)
    color: bool = False
    statistics: bool = False
    profile: bool = True


def render(fmt: str, results: list[FileResult], context: Context) -> str:
    """The whole report in one format, as one string (for stdout or a file alike)."""
    module = importlib.import_module(f"{__name__}.{FORMATS[fmt]}")
    return module.render(results, context)
