"""Severity policy that depends on the piece, not the words: genre and position.

Both are pack data (``demote`` and ``promote`` on a rule, ``promote = false`` on a
lexicon group), so a house pack sets them for its own rules too:

- outside news, the writer's voice is legitimate: a rule that lists the genre in
  ``demote`` is reported as info there;
- in the headline and the lede (the first paragraph's first two sentences), an info hit of a rule with ``promote`` becomes
  a warning (never an error: position alone does not block a build).
"""

from __future__ import annotations

import dataclasses

from ..model.article import HEADLINE, PARAGRAPH, Article
from ..model.findings import Hit
from ..model.rules import Rule
from ..analyse import recache


def adjust(rule: Rule, hit: Hit, genre: str, article: Article) -> Hit:
    """The hit with the severity its genre and position give it."""
    if genre in rule.demote:
        return dataclasses.replace(hit, severity="info")
    if hit.severity == "info" and rule.promote and hit.promote and in_lede(article, hit.start):
        return dataclasses.replace(hit, severity="warning")
    return hit


#: A sentence end inside a paragraph: the lede is at most its first ``LEDE_SENTENCES``.
_SENTENCE_END = recache.compile(r"[.!?][”’\"')]*\s+(?=[“‘\"'(]?[A-Z0-9])")
LEDE_SENTENCES = 2


def in_lede(article: Article, offset: int) -> bool:
    """In the headline, or in the first body paragraph's first two sentences (a copy
    exported without paragraph breaks has a first "paragraph" of a whole story, whose later
    sentences are not its lede)."""
    seen_paragraph = False
    for block in article.blocks:
        if block.kind == PARAGRAPH:
            if block.start <= offset < block.end:
                return not seen_paragraph and _early(article.text[block.start:offset])
            seen_paragraph = True
        elif block.kind == HEADLINE and block.start <= offset < block.end:
            return True
        if block.start > offset:
            break
    return False


def _early(before: str) -> bool:
    """Whether fewer than ``LEDE_SENTENCES`` sentences end in ``before``."""
    return sum(1 for _ in _SENTENCE_END.finditer(before)) < LEDE_SENTENCES
