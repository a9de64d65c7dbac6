"""Kind ``residue``: production debris such as CMS placeholders and loose captions.

Residue is recognised while segmenting (linter.readers.segment), before annotation, so
no other check reads a "Featured image" line as prose; this kind configures that step
and reports what it recognised.
"""

from __future__ import annotations

from typing import Iterator, Sequence

from ..analyse import recache
from ..model.article import CAPTION, RESIDUE
from ..model.doc import Doc
from ..model.findings import Hit
from ..model.rules import Rule
from ..readers.segment import LOOSE_CAPTION, Segmenter
from .base import Check, Option, render, severity_option


class ResidueCheck(Check):
    kind = "residue"
    DATA = {"placeholders": Option(list, [], "regular expressions, each matching a whole placeholder block")}
    OPTIONS = {
        "caption_min_words": Option(int, 8, "fewest words of a caption-like line in plain text"),
        "caption_severity": severity_option("info", "severity of a caption-like line"),
    }

    @classmethod
    def validate(cls, rule: Rule) -> None:
        for p in rule.data["placeholders"]:
            recache.compile(p)

    @staticmethod
    def segmenter(rules: list[Rule]) -> Segmenter:
        """The segmenting step configured by every residue rule loaded, selected or not."""
        return Segmenter([p for r in rules for p in r.data["placeholders"]],
                         min((r.options["caption_min_words"] for r in rules), default=8), recache.compile)

    def check(self, doc: Doc, hits: Sequence[Hit] = ()) -> Iterator[Hit]:
        text = doc.text
        for rule in self.rules:
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
