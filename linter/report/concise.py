"""Format ``concise``: one line per finding, the profile on one line per file."""

from __future__ import annotations

from ..model.findings import FileResult
from . import Context
from .profile_text import profiles
from .text import head, stats_table, summary_line


def render(results: list[FileResult], context: Context) -> str:
    out = "".join(head(f, context.color) + "\n" for r in results for f in r.findings)
    if context.profile:
        out += "".join(profiles(results, one_line=True))
    if context.statistics:
        out += stats_table(results)
    return out + summary_line(results, context.color) + "\n"
