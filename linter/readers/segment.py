"""Segmenting: relabel blocks that are not prose before anything reads them as prose.

CMS placeholders ("Featured image", "Advertisement") become residue blocks, and in
formats with no caption markup a line shaped like a caption (no final punctuation, a
sentence's worth of words) becomes a caption tagged ``loose-caption``. The words and
thresholds come from the residue rules of the packs (enabled or not: a placeholder is
not prose even when nobody wants it reported).
"""

from __future__ import annotations

import re
from ..model.article import CAPTION, HEADLINE, PARAGRAPH, RESIDUE, Article
from ..model.source import LINE_BREAK

#: Tag of a caption recognised by its shape in plain text.
LOOSE_CAPTION = "loose-caption"
_END = re.compile(r"[.!?:;…”\"’')\]]\s*$")
_WORD = re.compile(r"[^\W\d_][\w’'-]*")


class Segmenter:
    """Placeholder patterns (regular expressions, each matching a whole block) and the
    fewest words a loose caption has; compiled once, applied to every article."""

    def __init__(self, placeholders: list[str], caption_min_words: int = 8, compile=re.compile) -> None:
        """``compile`` is ``re.compile`` or one that keeps compiled patterns between runs."""
        alts = "|".join(f"(?:{a})" for a in placeholders)
        self.placeholders = compile(r"^[\s\[(*_#|>-]*(?:" + alts + r")[\s\])*_.:|-]*$",
                                    re.IGNORECASE) if placeholders else None
        self.caption_min_words = caption_min_words

    def segment(self, article: Article) -> None:
        """Relabel the article's blocks in place (reading is not finished until this ran)."""
        text = article.text
        for block in article.blocks:
            if block.kind == HEADLINE:
                continue
            body = text[block.start:block.end]
            if self.placeholders and len(body) < 200 and self.placeholders.match(body):
                block.kind = RESIDUE
            elif (article.plain and block.kind == PARAGRAPH and not LINE_BREAK.search(body.strip())
                  and not _END.search(body) and len(_WORD.findall(body)) >= self.caption_min_words):
                block.kind = CAPTION
                block.tags = block.tags | {LOOSE_CAPTION}
