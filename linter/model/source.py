"""Decoded source text and the mapping from code-point offsets to line and column."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

#: A line break as editors count them: CR LF, a lone CR (old Mac files) or LF. (A CR
#: is a break of its own only when no LF follows, so CR LF never counts twice.)
BREAK = r"(?:\r\n|\r(?!\n)|\n)"
LINE_BREAK = re.compile(BREAK)


def line_starts(text: str) -> list[int]:
    """Offsets at which the lines of ``text`` start; CR LF, CR and LF each end a line."""
    return [0, *(m.end() for m in LINE_BREAK.finditer(text))]


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
        end = self.line_starts[line] if line < len(self.line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")
