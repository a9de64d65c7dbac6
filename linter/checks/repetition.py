"""Kind ``repetition``: a paragraph, line or caption repeated word for word (DUP001)."""

from __future__ import annotations

import re
from typing import Iterator, Sequence

from ..model.article import CAPTION, RESIDUE
from ..model.doc import Doc
from ..model.findings import Hit
from .base import Check, Option, render

_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "\u00a0": " ", "–": "-", "—": "-"})
_SPACE = re.compile(r"\s+")
_TRAIL = re.compile(r"[\s.,;:!?\"')\]]+$")


def normalise(text: str) -> str:
    """Case, whitespace (incl. U+00A0), quote characters and trailing punctuation folded."""
    return _TRAIL.sub("", _SPACE.sub(" ", text.translate(_QUOTES)).strip().lower())


class RepetitionCheck(Check):
    """Identical blocks (paragraphs, captions, lines) of at least ``min_words`` words."""

    kind = "repetition"
    OPTIONS = {"min_words": Option(int, 6, "fewest words of a block worth reporting as repeated")}

    def check(self, doc: Doc, hits: Sequence[Hit] = ()) -> Iterator[Hit]:
        art = doc.article
        for rule in self.rules:
            seen: dict[str, int] = {}
            for i, block in enumerate(art.blocks):
                if block.kind == RESIDUE or "pullquote" in block.tags:
                    continue
                key = normalise(art.text[block.start:block.end])
                if len(key.split()) < rule.options["min_words"]:
                    continue
                if key in seen:
                    first = art.blocks[seen[key]]
                    line, _ = art.source.position(art.starts[first.start])
                    what = "caption" if block.kind == CAPTION else block.kind.replace("-", " ")
                    yield Hit(rule.code, block.start, block.end,
                              render(rule.message, what=what, line=line), rule.severity)
                else:
                    seen[key] = i
