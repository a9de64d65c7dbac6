"""Format ``concise``: one line per finding, the profile on one line per file."""

from __future__ import annotations

from typing import Iterable, Iterator

from ..model.findings import FileResult
from . import Context
from .common import Tally
from .profile_text import profiles
from .text import head, shown, stats_table, summary_line


def stream(results: Iterable[FileResult], context: Context) -> Iterator[str]:
    tally = Tally()
    for r in tally.counting(results):
        yield "".join(head(f, context.color, also) + "\n" for f, also in shown(r.findings, tally))
        if context.profile and r.findings:  # a clean file is only counted
            yield "".join(profiles([r], one_line=True))
    if context.statistics:
        yield stats_table(tally)
    yield summary_line(tally, context.color) + "\n"
