"""The article model every reader produces and every check reads.

An article is its blocks joined into one analysis text (``Article.text``), blank
lines between blocks, with two parallel offset sequences mapping each character back to the
original file: ``starts[i]`` and ``ends[i]`` are the code-point offsets in the
source of character ``i``. Markup, entities and escapes therefore never shift a
finding's position, whatever the input format.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Sequence
from itertools import repeat
from dataclasses import dataclass
from typing import Iterable, Iterator

from .source import Source

# Block kinds, in the words of the article model.
HEADLINE = "headline"
STANDFIRST = "standfirst"
BYLINE = "byline"
PARAGRAPH = "paragraph"
CAPTION = "caption"
HEADING = "heading"
BLOCKQUOTE = "blockquote"
LIST_ITEM = "list-item"
RESIDUE = "residue"

#: Blocks that carry the article's prose (readability, opinion share, figures).
BODY_KINDS = frozenset({PARAGRAPH, BLOCKQUOTE, LIST_ITEM})
#: Blocks written in title case, where capitals say nothing about names.
TITLE_CASE_KINDS = frozenset({HEADLINE, HEADING})

SEPARATOR = "\n\n"


def offsets(values: Iterable[int], largest: int) -> array:
    """Offsets into the file as a compact array: 4 bytes each (8 past 4 G code points),
    where a list of Python ints costs about 36."""
    return array("I" if largest < 2 ** 32 else "Q", values)


class Offsets(Sequence):
    """One offset per character of the analysis text, kept as runs: a run copied verbatim
    from the file is its first offset (``range`` pieces: no per-character work or memory),
    a separator run one repeated offset, any other run a compact array."""

    __slots__ = ("_pos", "_runs", "_len")

    def __init__(self) -> None:
        self._pos: list[int] = []  # where each run starts in this sequence
        self._runs: list[tuple[int, int, array | None]] = []  # (first value, step, values)
        self._len = 0

    def _add(self, n: int, run: tuple[int, int, array | None]) -> None:
        if n > 0:
            self._pos.append(self._len)
            self._runs.append(run)
            self._len += n

    def extend(self, values: Sequence[int]) -> None:
        if isinstance(values, range) and values.step == 1:
            self._add(len(values), (values.start, 1, None))
        else:
            self._add(len(values), (0, 0, offsets(values, max(values, default=0))))

    def repeat(self, value: int, n: int) -> None:
        self._add(n, (value, 0, None))

    def __len__(self) -> int:
        return self._len

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(self._len))]
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("offset index out of range")
        r = bisect_right(self._pos, i) - 1
        first, step, values = self._runs[r]
        return values[i - self._pos[r]] if values is not None else first + step * (i - self._pos[r])

    def __iter__(self) -> Iterator[int]:
        ends = self._pos[1:] + [self._len]
        for (first, step, values), a, b in zip(self._runs, self._pos, ends):
            yield from values if values is not None else range(first, first + step * (b - a), step) if step \
                else repeat(first, b - a)


@dataclass
class Block:
    """A block's kind and its [start, end) range in ``Article.text``."""

    kind: str
    start: int
    end: int
    #: Extra markers from the reader, e.g. "pullquote" for a marked pull quote.
    tags: frozenset[str] = frozenset()


@dataclass
class Piece:
    """A reader's output before assembly: text with per-character source offsets."""

    kind: str
    text: str
    starts: Sequence[int]
    ends: Sequence[int]
    tags: frozenset[str] = frozenset()

    @classmethod
    def contiguous(cls, kind: str, text: str, offset: int) -> "Piece":
        """A piece copied verbatim from the source starting at ``offset``."""
        n = len(text)
        return cls(kind, text, range(offset, offset + n), range(offset + 1, offset + n + 1))


@dataclass
class Article:
    """One article: ordered blocks over one analysis text mapped to the source."""

    source: Source
    text: str
    starts: Sequence[int]
    ends: Sequence[int]
    blocks: list[Block]
    #: Index of the article inside its file (a JSON export may hold many).
    index: int = 0
    #: The format has no markup for captions (plain text, a JSON body without HTML): a
    #: caption can only be recognised by its shape, as a line without final punctuation.
    plain: bool = False
    #: The section or genre a CMS export gives the article ("Sport", "Opinion"), if any.
    section: str | None = None

    @classmethod
    def assemble(cls, source: Source, pieces: list[Piece], index: int = 0, plain: bool = False) -> "Article":
        """Join reader pieces into one article, dropping empty ones.

        U+00A0 becomes a plain space in the analysis text (same length), so the
        same words match whatever space the CMS used.
        """
        parts: list[str] = []
        starts, ends = Offsets(), Offsets()
        blocks: list[Block] = []
        pos = 0
        for piece in pieces:
            text, s, e = _strip(piece)
            if not text:
                continue
            if parts:
                parts.append(SEPARATOR)
                # Separators map to the end of the previous block (never flagged).
                last = ends[-1]
                starts.repeat(last, len(SEPARATOR))
                ends.repeat(last, len(SEPARATOR))
                pos += len(SEPARATOR)
            parts.append(text.replace("\u00a0", " "))
            starts.extend(s)
            ends.extend(e)
            blocks.append(Block(piece.kind, pos, pos + len(text), piece.tags))
            pos += len(text)
        return cls(source, "".join(parts), starts, ends, blocks, index, plain)

    # --- positions -------------------------------------------------------------

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets [start, end) of the analysis-text span [start, end)."""
        if end <= start:
            return self.starts[start], self.starts[start]
        return self.starts[start], self.ends[end - 1]

    @property
    def headline(self) -> Block | None:
        for block in self.blocks:
            if block.kind == HEADLINE:
                return block
        return None

    def block_text(self, block: Block) -> str:
        return self.text[block.start:block.end]


def _strip(piece: Piece) -> tuple[str, Sequence[int], Sequence[int]]:
    """Trim surrounding whitespace, keeping the offset arrays aligned."""
    text = piece.text
    lo, hi = 0, len(text)
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return text[lo:hi], piece.starts[lo:hi], piece.ends[lo:hi]
