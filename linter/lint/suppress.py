"""Inline suppression comments in Markdown, HTML and HTML bodies of JSON exports.

    <!-- newslint-disable LOAD001,ATTR003 --> ... <!-- newslint-enable LOAD001 -->
    <!-- newslint-disable --> ... <!-- newslint-enable -->      (every rule)
    <!-- newslint-disable-next ATTR003 -->                     (the next block only)

Directives are read from the original file, not the analysis text (comments never
reach it), so a range can open and close inside one paragraph. A finding is silenced
when its span starts inside a range for its code. Codes may be prefixes ("LOAD"); a
code newslint does not know is reported (LINT001) rather than silently ignored, as a
typo would otherwise switch off nothing and look as if it worked.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..model.findings import Finding
from ..analyse import recache

_DIRECTIVE = recache.compile(r"<!--\s*newslint-(disable-next|disable|enable)\b([^>]*?)\s*-->", re.I)
ALL = "*"


@dataclass(frozen=True)
class Directive:
    """An inline newslint comment: what it turns off or on, and where."""

    action: str  # "disable", "enable" or "disable-next"
    codes: tuple[str, ...]  # upper-case codes or prefixes; ("*",) for every rule
    start: int  # the comment's span in the file
    end: int


def parse(text: str) -> list[Directive]:
    """Every directive comment in a file, in order."""
    out = []
    for m in _DIRECTIVE.finditer(text):
        codes = tuple(c.upper() for c in re.split(r"[\s,]+", m.group(2)) if c)
        out.append(Directive(m.group(1).lower(), codes or (ALL,), m.start(), m.end()))
    return out


def unknown_codes(directives: list[Directive], known: set[str]) -> list[tuple[Directive, str]]:
    """(directive, code) for each code or prefix that matches no rule."""
    return [(d, c) for d in directives for c in d.codes
            if c != ALL and not any(k.startswith(c) for k in known)]


def ranges(directives: list[Directive], blocks: list[tuple[int, int]], text_end: int) -> list[tuple[int, int, str]]:
    """Silenced (start, end, code-or-prefix) ranges in file offsets.

    ``blocks`` are the file spans of the article blocks, in order: "disable-next"
    covers the first block that starts after the comment.
    """
    out: list[tuple[int, int, str]] = []
    open_at: dict[str, int] = {}
    block_starts = [s for s, _ in blocks]
    for d in directives:
        if d.action == "disable-next":
            i = bisect.bisect_left(block_starts, d.end)
            if i < len(blocks):
                out.extend((blocks[i][0], blocks[i][1], c) for c in d.codes)
        elif d.action == "disable":
            for c in d.codes:
                open_at.setdefault(c, d.end)
        else:
            closing = list(open_at) if ALL in d.codes else [c for c in d.codes if c in open_at]
            for c in closing:
                out.append((open_at.pop(c), d.start, c))
    out.extend((start, text_end, c) for c, start in open_at.items())
    return out


def silenced(finding: Finding, spans: list[tuple[int, int, str]]) -> bool:
    return any(s <= finding.start < e and (c == ALL or finding.code.startswith(c)) for s, e, c in spans)
