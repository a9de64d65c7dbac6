"""Kind ``repetition``: a paragraph, line or caption repeated word for word (DUP001)."""

from __future__ import annotations

import re
from typing import Iterator, Sequence

from ..analyse import recache
from ..analyse.tokens import replace_each
from ..model.article import CAPTION, RESIDUE, Article
from ..model.doc import Doc
from ..model.findings import Hit
from .base import Check, Option, render

#: Quotation marks, dashes and no-break spaces written plainly (one character each).
_QUOTE_PAIRS = (("“", '"'), ("”", '"'), ("‘", "'"), ("’", "'"), ("\u00a0", " "), ("–", "-"), ("—", "-"))
_QUOTES = str.maketrans(dict(_QUOTE_PAIRS))
#: Trailing characters dropped (after whitespace is folded to single spaces).
_TRAIL = " .,;:!?\"')]"


def normalise(text: str) -> str:
    """Case, whitespace (incl. U+00A0), quote characters and trailing punctuation folded.
    String methods only: ``str.split`` splits on exactly the characters ``\\s`` matches."""
    return " ".join(replace_each(text, _QUOTE_PAIRS).split()).lower().rstrip(_TRAIL)


class RepetitionCheck(Check):
    """Identical blocks (paragraphs, captions, lines) of at least ``min_words`` words."""

    kind = "repetition"
    OPTIONS = {
        "min_words": Option(int, 6, "fewest words of a block worth reporting as repeated"),
        "entry_pattern": Option(str, "", "a block that opens a live-blog entry (regular expression, whole block)"),
        "entry_severity": Option(str, "info", "severity of a block repeated in a later entry of a live blog "
                                 "(a standing line)", ("off", "info", "warning", "error")),
    }

    def check(self, doc: Doc, hits: Sequence[Hit] = ()) -> Iterator[Hit]:
        art = doc.article
        for rule in self.rules:
            entry = _entries(art, rule.options["entry_pattern"])
            seen: dict[str, int] = {}
            for i, block in enumerate(art.blocks):
                if block.kind == RESIDUE or "pullquote" in block.tags:
                    continue
                key = normalise(art.text[block.start:block.end])
                # its words are joined by single spaces, with none at either end
                if (key.count(" ") + 1 if key else 0) < rule.options["min_words"]:
                    continue
                if key in seen:
                    first = art.blocks[seen[key]]
                    severity = rule.severity
                    if entry and entry[i] != entry[seen[key]]:
                        severity = rule.options["entry_severity"]  # a live blog's standing line
                        if severity == "off":
                            continue
                    line, _ = art.source.position(art.starts[first.start])
                    what = "caption" if block.kind == CAPTION else block.kind.replace("-", " ")
                    yield Hit(rule.code, block.start, block.end,
                              render(rule.message, what=what, line=line), severity)
                else:
                    seen[key] = i


def _entries(art: Article, pattern: str) -> list[int]:
    """For each block, the number of live-blog entry marks (timestamp lines) before it; empty
    unless the article has at least two, the sign of a live blog."""
    if not pattern:
        return []
    mark = recache.compile(pattern, re.IGNORECASE)
    out, n = [], 0
    for block in art.blocks:
        if mark.fullmatch(art.text[block.start:block.end].strip()):
            n += 1
        out.append(n)
    return out if n >= 2 else []
