"""A crowd's verdict on someone ("Many in the industry considered him the finest producer
of his day"): a judgement credited to an unnamed part of a field, which the attribution
frames miss because "consider" and "regard" are no speech verbs. ATTR001's kind
``vague-source`` reports it like "many say"."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Iterator

from ..analyse import recache
from ..analyse.lexicon import positions
from ..model.doc import Doc

#: The crowd: a quantifier for some of a named field ("many in the industry", "some
#: within the party", "others in his own camp"), up to four words for the field.
_CROWD = r"\b(?:[Mm]any|[Ss]ome|[Mm]ost|[Oo]thers|[Pp]lenty)\s+(?:with)?in\s+(?:the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+\s+"
#: What the verdict is about, then how it is put: "him the finest", "her as a rival", "the
#: deal to be a mistake"; a plain object with nothing after it ("considered the offer")
#: weighs a thing, it judges no one.
_VERDICT = r"\s+(?:him|her|it|them|(?:the|his|her|their|its)\s+[\w’'-]+|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:as|to\s+be|the|a|an|one|among)\b"


def crowd_verdicts(doc: Doc, verbs: set[str]) -> Iterator[tuple[int, int]]:
    """Spans "Many in the industry considered" of a crowd's verdict outside quotations."""
    if not verbs:
        return
    # where a crowd can begin: a quantifier before "in" or "within", from the token index
    # (most articles have none; a sentence without one is not searched)
    norms = doc.tok_norm
    index = positions(norms)
    starts = sorted(i for w in _QUANTIFIERS for i in index.get(w, ()) if i + 1 < len(norms) and norms[i + 1] in _IN)
    if not starts:
        return
    pattern = _pattern(frozenset(verbs))
    for sent in doc.sentences:
        if bisect_left(starts, sent.first) == bisect_left(starts, sent.last):
            continue
        for m in pattern.finditer(doc.text, sent.start, sent.end):
            if not doc.in_speech(m.start(), m.end()):
                yield m.start(), m.end()


#: The tokens every crowd begins with (``_CROWD``'s first two words).
_QUANTIFIERS = ("many", "some", "most", "others", "plenty")
_IN = frozenset({"in", "within"})


@lru_cache(maxsize=8)
def _pattern(verbs: frozenset[str]) -> re.Pattern:
    """The crowd's verdict for a rule's verbs, compiled once per run."""
    alternatives = "|".join(sorted((re.escape(v) for v in verbs), key=len, reverse=True))
    return recache.compile(rf"{_CROWD}(?:now\s+|still\s+|long\s+)?(?P<verb>{alternatives})(?={_VERDICT})")
