"""Decoded source text and the mapping from code-point offsets to line and column."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field


def line_starts(text: str) -> list[int]:
    """Offsets at which the lines of ``text`` start (lines end at "\\n")."""
    starts = [0]
    find = text.find
    i = find("\n")
    while i != -1:
        starts.append(i + 1)
        i = find("\n", i + 1)
    return starts


@dataclass
class Source:
    """One input file as decoded text.

    Offsets everywhere in newslint are code-point offsets into ``text``: the file
    decoded as UTF-8 with a leading BOM dropped, so columns count what an editor sees.
    """

    path: str
    text: str
    line_starts: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.line_starts = line_starts(self.text)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a code-point offset; columns count code points."""
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1

    def line_text(self, line: int) -> str:
        """The text of a 1-based line without its line ending."""
        start = self.line_starts[line - 1]
        end = self.line_starts[line] - 1 if line < len(self.line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r")
