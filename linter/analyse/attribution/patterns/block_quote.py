"""Block quotation: a Markdown ``>`` or HTML ``<blockquote>`` block is its speaker's.

The speaker comes from a credit line closing the block ("> — Jo Park, councillor") or
the credit block after it (an HTML ``<footer>`` or ``<cite>``, or a paragraph that is
only a dash and a name). The block (less its credit line) is the frame's content, so
its words are the speaker's. A block introduced by the paragraph before it ("The mayor
said:", "Dana Gold, Politico:") is that frame's content instead (``source_cue`` and
``label`` reach over the colon). A pull quotation (marked by the reader) repeats the
body and is left alone. Found once per article, after the sentence patterns.
"""

from __future__ import annotations

import re

from ....model.article import BLOCKQUOTE, PARAGRAPH, Block
from ....model.doc import Doc, Frame
from ...vocab import Vocab
from ..people import PersonTracker
from .base import Example
from .credit import credit_frame
from ... import recache

NAME = "block-quote"

EXAMPLES = [
    Example("The mayor spoke on Monday.\n\n> We will rebuild every home on this street.\n> — Mayor Ana Ruiz",
            "Mayor Ana Ruiz", "—", NAME, "md"),
    Example("The councillor was blunt.\n\n> It is a disgrace and a scandal.\n\n— Jo Park, councillor",
            "Jo Park", "—", NAME, "md"),
]

#: A credit line: an optional dash, then a name of up to six words and an optional title.
_CREDIT_LINE = recache.compile(r"^[ \t]*(?P<cue>[—―–]|--?)?[ \t]*(?P<name>[A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|de|da"
                          r"|van|von|al)){0,5})(?:,[^\n]{0,60})?[ \t]*$")


def find(doc: Doc, v: Vocab, people: PersonTracker) -> list[Frame]:
    """A frame for each block quotation whose speaker is credited."""
    out = []
    blocks = doc.article.blocks
    for bi, block in enumerate(blocks):
        if block.kind != BLOCKQUOTE or block.tags & {"credit", "pullquote"} or _credit(doc, block, True):
            continue
        frame = _credited(doc, bi, v, people)
        if frame is not None:
            out.append(frame)
    return out


def _credit(doc: Doc, block: Block, alone: bool) -> re.Match | None:
    """The credit line of a block: the whole block (``alone``: a dash and a name, or any
    name in a marked credit block) or its last line after a dash."""
    text = doc.text[block.start:block.end]
    if alone:
        m = _CREDIT_LINE.match(text)
        return m if m and (m.group("cue") or "credit" in block.tags) else None
    lines = text.rsplit("\n", 1)
    m = _CREDIT_LINE.match(lines[-1]) if len(lines) == 2 else None
    return m if m and m.group("cue") else None


def _credited(doc: Doc, bi: int, v: Vocab, people: PersonTracker) -> Frame | None:
    """The frame of a block credited by its own last line or by the block after it."""
    blocks = doc.article.blocks
    block = blocks[bi]
    inside = _credit(doc, block, False)
    if inside is not None:
        line = block.start + doc.text[block.start:block.end].rfind("\n") + 1
        return _from_match(doc, inside, line, [(block.start, line - 1)], v, people)
    nxt = blocks[bi + 1] if bi + 1 < len(blocks) else None
    if nxt is not None and nxt.kind in (BLOCKQUOTE, PARAGRAPH):
        m = _credit(doc, nxt, True)
        if m is not None:
            return _from_match(doc, m, nxt.start, [(block.start, block.end)], v, people)
    return None


def _from_match(doc: Doc, m: re.Match, base: int, content: list[tuple[int, int]], v: Vocab,
                people: PersonTracker) -> Frame | None:
    cue = base + (m.start("cue") if m.group("cue") else m.start("name"))
    return credit_frame(doc, (base + m.start("name"), base + m.end("name")), cue, content, v, people, NAME)
