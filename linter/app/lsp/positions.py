"""Offsets in the document (code points, as findings hold them) to LSP positions and back.

An LSP position is a 0-based line and a character counted in the encoding the client
and server agreed on at initialisation: UTF-16 code units unless both chose UTF-8
bytes or UTF-32 code points. Lines end at CR LF, a lone CR or LF, as the protocol and
``Source`` both count them (not at the other breaks Python's ``splitlines`` knows,
such as U+2028, which would shift every later line of an article pasted from the web).
"""

from __future__ import annotations

import bisect

from ...model.source import line_starts

#: Bytes per character width for each position encoding the server accepts.
ENCODINGS = ("utf-16", "utf-8", "utf-32")


def _units(text: str, encoding: str) -> int:
    """Length of ``text`` in the encoding's units."""
    if encoding == "utf-32":
        return len(text)
    if encoding == "utf-8":
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


class Lines:
    """One document text, indexed by line, converting positions in ``encoding``."""

    def __init__(self, text: str, encoding: str = "utf-16") -> None:
        self.text = text
        self.encoding = encoding if encoding in ENCODINGS else "utf-16"
        self.starts = line_starts(text)

    def _line_end(self, line: int) -> int:
        """Offset where a line's text ends (before its break)."""
        end = self.starts[line + 1] if line + 1 < len(self.starts) else len(self.text)
        while end > self.starts[line] and self.text[end - 1] in "\r\n":
            end -= 1
        return end

    def position(self, offset: int) -> tuple[int, int]:
        """(line, character) of a code-point offset."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.starts, offset) - 1
        return line, _units(self.text[self.starts[line]:offset], self.encoding)

    def offset(self, line: int, character: int) -> int:
        """The code-point offset of a position; past the end of a line is its end, past the
        last line the end of the text (as the protocol asks), and a position inside a
        character (half a surrogate pair) is the character's start."""
        if line < 0:
            return 0
        if line >= len(self.starts):
            return len(self.text)
        start, end = self.starts[line], self._line_end(line)
        if self.encoding == "utf-32":
            return min(start + max(character, 0), end)
        counted = 0
        for i in range(start, end):
            width = _units(self.text[i], self.encoding)
            if counted + width > character:
                return i
            counted += width
        return end


def apply_change(text: str, start: tuple[int, int], end: tuple[int, int], new: str, encoding: str) -> str:
    """The text after replacing the range ``start``..``end`` (LSP positions) by ``new``."""
    lines = Lines(text, encoding)
    a, b = lines.offset(*start), lines.offset(*end)
    return text[:a] + new + text[max(a, b):]
