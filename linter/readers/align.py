"""Align text extracted by a parser with the source span it came from."""

from __future__ import annotations

import html
import re

_ENTITY = re.compile(r"&(?:#\d+|#[xX][0-9a-fA-F]+|\w+);")


def align(piece: str, src: str, cursor: int, limit: int) -> tuple[list[int], list[int], int]:
    """Map each character of ``piece`` to [start, end) offsets in ``src`` after ``cursor``.

    The parser's output is the source minus markup, so each piece is first looked
    for verbatim; when escapes or entities changed it, characters are matched one
    by one (an entity maps to its whole ``&...;`` span). Returns the per-character
    starts and ends and the new cursor.
    """
    at = src.find(piece, cursor, limit)
    if at != -1:
        return list(range(at, at + len(piece))), list(range(at + 1, at + len(piece) + 1)), at + len(piece)
    starts: list[int] = []
    ends: list[int] = []
    pos = cursor
    for ch in piece:
        found = -1
        j = pos
        while j < limit:
            c = src[j]
            if c == ch:
                found, end = j, j + 1
                break
            if c == "&":
                m = _ENTITY.match(src, j)
                if m and html.unescape(m.group()) == ch:
                    found, end = j, m.end()
                    break
            if ch.isspace() and c.isspace():
                found, end = j, j + 1
                break
            j += 1
        if found == -1:  # not in the source at all (a generated character): pin it
            starts.append(pos)
            ends.append(pos)
            continue
        starts.append(found)
        ends.append(end)
        pos = end
    return starts, ends, pos
