"""A crowd's verdict on someone ("Many in the industry considered him the finest producer
of his day"): a judgement credited to an unnamed part of a field, which the attribution
frames miss because "consider" and "regard" are no speech verbs. ATTR001's kind
``vague-source`` reports it like "many say"."""

from __future__ import annotations

import re
from typing import Iterator

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
    alternatives = "|".join(sorted((re.escape(v) for v in verbs), key=len, reverse=True))
    pattern = re.compile(rf"{_CROWD}(?:now\s+|still\s+|long\s+)?(?P<verb>{alternatives})(?={_VERDICT})")
    for sent in doc.sentences:
        for m in pattern.finditer(doc.text, sent.start, sent.end):
            if not doc.in_speech(m.start(), m.end()):
                yield m.start(), m.end()
