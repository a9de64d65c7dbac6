"""Kind ``question``: a question the writer puts to the reader in body copy ("So why not
fund libraries?"), outside any quotation or reported speech."""

from __future__ import annotations

import re
from typing import Iterator, Sequence

from ..model.article import PARAGRAPH
from ..model.doc import Doc
from ..model.findings import Hit
from .base import Check, Option, render


class QuestionCheck(Check):
    """A body sentence ending in a question mark that nobody in the story asks.

    Song, film and book titles end in question marks too ("hit songs like Who Let
    You In?"): a question whose last word is capitalised is taken for a title, and short
    questions (subheads such as "What happens next?") are left alone.
    """

    kind = "question"
    OPTIONS = {"min_words": Option(int, 6, "fewest words of a question reported (shorter ones are subheads)")}

    def check(self, doc: Doc, hits: Sequence[Hit] = ()) -> Iterator[Hit]:
        text = doc.text
        for rule in self.rules:
            min_words = int(rule.options["min_words"])
            for si, sent in enumerate(doc.sentences):
                body = text[sent.start:sent.end].rstrip()
                if doc.block_of(si).kind != PARAGRAPH or not body.endswith("?"):
                    continue
                end = sent.start + len(body)
                words = re.findall(r"[\w’'-]+", body)
                if len(words) < min_words or words[-1][:1].isupper():
                    continue
                if doc.quote_at(end - 1, end) is not None or doc.quote_at(sent.start, sent.start + 1) is not None:
                    continue
                if doc.covering(end - 1):
                    continue  # reported speech: the source's question
                yield Hit(rule.code, sent.start, end, render(rule.message, text=body), rule.severity)
