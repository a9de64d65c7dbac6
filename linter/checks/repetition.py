"""Kinds ``repetition`` (DUP001, exact repeats) and ``near-duplicate`` (DUP002)."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from typing import Iterator

from ..annotate import Doc
from ..article import CAPTION, RESIDUE
from ..findings import Hit
from .base import Check, render

_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "\u00a0": " ", "–": "-", "—": "-"})
_SPACE = re.compile(r"\s+")
_TRAIL = re.compile(r"[\s.,;:!?\"')\]]+$")


def normalise(text: str) -> str:
    """Case, whitespace (incl. U+00A0), quote characters and trailing punctuation folded."""
    return _TRAIL.sub("", _SPACE.sub(" ", text.translate(_QUOTES)).strip().lower())


class RepetitionCheck(Check):
    """Identical blocks (paragraphs, captions, lines) of at least ``min_words`` words."""

    kind = "repetition"
    default_options = {"min_words": 6}

    def check(self, doc: Doc) -> Iterator[Hit]:
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


class NearDuplicateCheck(Check):
    """Sentences in different blocks whose word sets overlap (Jaccard) above a threshold.

    Candidate pairs come from prefix filtering (a pair with Jaccard >= t must share
    a word among the rarest |s| - ceil(t|s|) + 1 words of each), so the check stays
    near-linear instead of comparing every pair of sentences.
    """

    kind = "near-duplicate"
    default_options = {"min_words": 10, "threshold": 0.8}

    def check(self, doc: Doc) -> Iterator[Hit]:
        art = doc.article
        for rule in self.rules:
            t = float(rule.options["threshold"])
            sets: list[tuple[int, frozenset[str]]] = []
            for si, sent in enumerate(doc.sentences):
                block = art.blocks[sent.block]
                if block.kind == RESIDUE:
                    continue
                words = [w for w in doc.tok_norm[sent.first:sent.last] if w[0].isalnum()]
                if len(words) >= rule.options["min_words"]:
                    sets.append((si, frozenset(words)))
            freq = Counter(w for _, s in sets for w in s)
            index: dict[str, list[int]] = defaultdict(list)
            reported: set[int] = set()
            for k, (si, words) in enumerate(sets):
                ordered = sorted(words, key=lambda w: (freq[w], w))
                prefix = ordered[: len(ordered) - math.ceil(t * len(ordered)) + 1]
                candidates = {c for w in prefix for c in index[w]}
                for w in prefix:
                    index[w].append(k)
                sent = doc.sentences[si]
                for c in sorted(candidates):
                    sj, other = sets[c]
                    prev = doc.sentences[sj]
                    if prev.block == sent.block or si in reported:
                        continue
                    jac = len(words & other) / len(words | other)
                    if jac < t:
                        continue
                    body = normalise(art.text[sent.start:sent.end])
                    if body == normalise(art.text[prev.start:prev.end]) and _whole_block(art, sent):
                        continue  # an identical block is DUP001's finding
                    line, _ = art.source.position(art.starts[prev.start])
                    reported.add(si)
                    yield Hit(rule.code, sent.start, sent.end,
                              render(rule.message, line=line, similarity=f"{jac:.0%}"), rule.severity)


def _whole_block(art, sent) -> bool:
    b = art.blocks[sent.block]
    return normalise(art.text[b.start:b.end]) == normalise(art.text[sent.start:sent.end])
