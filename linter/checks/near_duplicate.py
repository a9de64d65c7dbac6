"""Kind ``near-duplicate``: near-duplicate sentences in different blocks (DUP002)."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from itertools import chain
from typing import Iterator, Sequence

from ..model.article import RESIDUE, Article
from ..model.doc import Doc, Sentence
from ..model.findings import Hit
from .base import Check, Option, render
from .repetition import normalise

#: Earlier sentences a prefix word brings to compare with (the most recent ones).
MAX_POSTINGS = 64


class NearDuplicateCheck(Check):
    """Sentences in different blocks whose word sets overlap (Jaccard) above a threshold.

    Candidate pairs come from prefix filtering (a pair with Jaccard >= t must share
    a word among the rarest |s| - ceil(t|s|) + 1 words of each), so the check stays
    near-linear instead of comparing every pair of sentences.
    """

    kind = "near-duplicate"
    OPTIONS = {
        "min_words": Option(int, 10, "fewest words of a sentence compared"),
        "threshold": Option(float, 0.8, "Jaccard similarity of word sets from which sentences count as near-duplicates"),
    }

    def check(self, doc: Doc, hits: Sequence[Hit] = ()) -> Iterator[Hit]:
        art = doc.article
        for rule in self.rules:
            t = float(rule.options["threshold"])
            sets: list[tuple[int, frozenset[str]]] = []
            for si, sent in enumerate(doc.sentences):
                block = art.blocks[sent.block]
                if block.kind == RESIDUE:
                    continue
                words = doc.words(si)
                if len(words) >= rule.options["min_words"]:
                    sets.append((si, frozenset(words)))
            freq = Counter(chain.from_iterable(words for _, words in sets))
            once = {w for w, n in freq.items() if n == 1}
            index: dict[str, list[int]] = defaultdict(list)
            reported: set[int] = set()
            for k, (si, words) in enumerate(sets):
                # The prefix is the sentence's rarest words (by count, then alphabetically).
                # A word of this sentence alone (count 1) is never in another sentence, so
                # it brings no candidates and need not be indexed: when the prefix is all
                # such words, the sentence is done.
                size = len(words)
                common = words - once  # one set difference, not a count per word
                take = size - math.ceil(t * size) + 1 - (size - len(common))
                if take <= 0:
                    continue
                prefix = sorted(common, key=lambda w: (freq[w], w))[:take]
                # Each prefix word brings its latest sentences only: a word in every
                # sentence says little, and the comparisons stay bounded per sentence.
                candidates = {c for w in prefix for c in index[w][-MAX_POSTINGS:]}
                for w in prefix:
                    index[w].append(k)
                sent = doc.sentences[si]
                for c in sorted(candidates):
                    sj, other = sets[c]
                    prev = doc.sentences[sj]
                    if si in reported:
                        break
                    if prev.block == sent.block:
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


def _whole_block(art: Article, sent: Sentence) -> bool:
    b = art.blocks[sent.block]
    return normalise(art.text[b.start:b.end]) == normalise(art.text[sent.start:sent.end])
