"""Decoded source text and the mapping from code-point offsets to line and column."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError

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
        starts = [0]
        text = self.text
        find = text.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        self.line_starts = starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a code-point offset; columns count code points."""
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1

    def line_text(self, line: int) -> str:
        """The text of a 1-based line without its line ending."""
        start = self.line_starts[line - 1]
        end = self.line_starts[line] - 1 if line < len(self.line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r")


def decode(data: bytes, path: str) -> str:
    """Decode bytes as UTF-8 (BOM accepted), refusing binary and other encodings."""
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: binary file, not a text article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None
    return text


def read_source(path: Path | str, display: str | None = None) -> Source:
    """Read a file as a Source; every failure is an InputError naming the file."""
    p = Path(path)
    name = display or str(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror})") from None
    return Source(name, decode(data, name))
