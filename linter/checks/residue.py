"""Kind ``residue``: production debris such as CMS placeholders and loose captions.

Residue is recognised before annotation (``classify``), so no other check reads a
"Featured image" line as prose; the check then reports what was recognised.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..annotate import Doc
from ..article import CAPTION, HEADLINE, PARAGRAPH, RESIDUE, Article
from ..findings import Hit
from ..packs import Rule
from .base import Check, render

LOOSE = "loose-caption"
_END = re.compile(r"[.!?:;…”\"’')\]]\s*$")
_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def _pattern(rules: list[Rule], key: str) -> re.Pattern | None:
    alts = [p for r in rules for p in r.data.get(key, [])]
    if not alts:
        return None
    return re.compile(r"^[\s\[(*_#|>-]*(?:" + "|".join(f"(?:{a})" for a in alts) + r")[\s\])*_.:|-]*$",
                      re.IGNORECASE)


def classify(article: Article, rules: list[Rule], plain: bool) -> None:
    """Mark placeholder blocks as residue and, in plain text, caption-like lines.

    ``rules`` are all loaded residue rules (enabled or not: a placeholder is not
    prose even when nobody wants it reported). ``plain`` is true for formats with
    no caption markup (.txt and plain JSON bodies).
    """
    placeholders = _pattern(rules, "placeholders")
    min_words = min((r.options.get("caption_min_words", 8) for r in rules), default=8)
    text = article.text
    for block in article.blocks:
        if block.kind == HEADLINE:
            continue
        body = text[block.start:block.end]
        if placeholders and len(body) < 200 and placeholders.match(body):
            block.kind = RESIDUE
        elif (plain and block.kind == PARAGRAPH and "\n" not in body.strip()
              and not _END.search(body) and len(_WORD.findall(body)) >= min_words):
            block.kind = CAPTION
            block.tags = block.tags | {LOOSE}


class ResidueCheck(Check):
    kind = "residue"
    data_keys = frozenset({"placeholders"})
    default_options = {"caption_min_words": 8, "caption_severity": "info"}

    @classmethod
    def validate(cls, rule: Rule) -> None:
        for p in rule.data.get("placeholders", []):
            re.compile(p)

    def check(self, doc: Doc) -> Iterator[Hit]:
        text = doc.text
        for rule in self.rules:
            for block in doc.article.blocks:
                body = text[block.start:block.end]
                if block.kind == RESIDUE:
                    yield Hit(rule.code, block.start, block.end,
                              render(rule.message, text=body, label="placeholder"), rule.severity)
                elif block.kind == CAPTION and LOOSE in block.tags:
                    yield Hit(rule.code, block.start, block.end,
                              "Caption-like line in the body text (no final punctuation); "
                              "mark it up as a caption or remove it",
                              rule.options.get("caption_severity", "info"))
