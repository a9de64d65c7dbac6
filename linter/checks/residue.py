"""Kind ``residue``: production debris such as CMS placeholders and loose captions.

Residue is recognised while segmenting (linter.readers.segment), before annotation, so
no other check reads a "Featured image" line as prose; this kind configures that step
and reports what it recognised.
"""

from __future__ import annotations

import re
from typing import Iterator, Sequence

from ..analyse import recache
from ..model.article import BODY_KINDS, CAPTION, RESIDUE
from ..model.doc import Doc
from ..model.findings import Hit
from ..model.rules import Rule
from ..readers.segment import LOOSE_CAPTION, Segmenter
from .base import Check, Option, render, severity_option


class ResidueCheck(Check):
    kind = "residue"
    DATA = {"placeholders": Option(list, [], "regular expressions, each matching a whole placeholder block"),
            "inline": Option(list, [], "regular expressions of an editorial instruction left inside prose "
                                       "('[TK]', '[insert figure]'), matched case-insensitively")}
    OPTIONS = {
        "caption_min_words": Option(int, 8, "fewest words of a caption-like line in plain text"),
        "caption_severity": severity_option("info", "severity of a caption-like line"),
    }

    @classmethod
    def validate(cls, rule: Rule) -> None:
        for p in rule.data["placeholders"] + rule.data.get("inline", []):
            recache.compile(p)

    @staticmethod
    def segmenter(rules: list[Rule]) -> Segmenter:
        """The segmenting step configured by every residue rule loaded, selected or not."""
        return Segmenter([p for r in rules for p in r.data["placeholders"]],
                         min((r.options["caption_min_words"] for r in rules), default=8), recache.compile)

    def check(self, doc: Doc, hits: Sequence[Hit] = ()) -> Iterator[Hit]:
        text = doc.text
        for rule in self.rules:
            yield from self._inline(doc, rule)
            for block in doc.article.blocks:
                body = text[block.start:block.end]
                if block.kind == RESIDUE:
                    yield Hit(rule.code, block.start, block.end,
                              render(rule.message, text=body, label="placeholder"), rule.severity)
                elif block.kind == CAPTION and LOOSE_CAPTION in block.tags:
                    yield Hit(rule.code, block.start, block.end,
                              "Caption-like line in the body text (no final punctuation); "
                              "mark it up as a caption or remove it",
                              rule.options["caption_severity"])

    @staticmethod
    def _inline(doc: Doc, rule: Rule) -> Iterator[Hit]:
        """An editorial instruction left in a sentence of prose ("The repairs will cost [TK]",
        "the fire began at [check time]"): the bracket was for the desk, not the reader.
        Brackets inside a quotation are the writer's insertions ("[the minister]") and
        are left to the quotation rules."""
        patterns = rule.data.get("inline", [])
        if not patterns or "[" not in doc.text:
            return
        pattern = recache.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
        for block in doc.article.blocks:
            if block.kind not in BODY_KINDS:
                continue
            for m in pattern.finditer(doc.text, block.start, block.end):
                if doc.quote_at(m.start(), m.end()) is None:
                    yield Hit(rule.code, m.start(), m.end(),
                              render(rule.message, text=m.group(), label="instruction"), rule.severity)
