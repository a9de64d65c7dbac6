"""Floating quotation: a wholly quoted sentence continues the previous speaker.

"The mayor said the bridge was safe. “We have checked every bolt.”" — the second
sentence has no cue of its own; it opens with a quotation right after an attributed
sentence, so it inherits that sentence's last frame (GenderGapTracker's floating
quotes). Across a paragraph break only a named or described speaker carries over
(AP's continuing quotation, the BBC's "He said:" then a quoted paragraph), and never
from a headline. Found after all cue patterns, over the whole article, and chained:
a floating frame can pass its speaker on to the next wholly quoted sentence.
"""

from __future__ import annotations

from ....model.article import HEADLINE
from ....model.doc import Doc, Frame
from .base import Example

NAME = "floating"

EXAMPLES = [
    Example("The mayor said the bridge was safe. “We have checked every bolt twice.”", "The mayor", "said", NAME),
    Example("Inspector Joan Park told reporters the search would go on.\n\n“We will not stop until we find them.”",
            "Inspector Joan Park", "told", NAME),
]


def inherit(doc: Doc, frames: list[Frame]) -> None:
    """Append a floating frame for each wholly quoted sentence after an attributed one."""
    last: dict[int, int] = {}  # sentence -> index of its last frame (in order of finding)
    for i, f in enumerate(frames):
        last[f.sentence] = i
    for si, sent in enumerate(doc.sentences):
        if si in last or si - 1 not in last:
            continue
        src = frames[last[si - 1]]
        prev = doc.sentences[si - 1]
        if prev.block != sent.block and not (src.vouched and doc.block_of(si - 1).kind != HEADLINE):
            continue
        start = _opening_quote(doc, si)
        if start is None:
            continue
        q = doc.quote_at(start, start + 1)
        if q is None or q.start != start or _spoken_later(doc, q.end, si, last):
            continue
        frames.append(Frame(src.source, src.tier, src.cue, src.cue_class, src.cue_type,
                            [(sent.start, max(sent.end, q.end))], si, src.entity,
                            inherited_from=last[si - 1], pattern=NAME))
        last[si] = len(frames) - 1


def _spoken_later(doc: Doc, end: int, si: int, last: dict[int, int]) -> bool:
    """Whether the quotation runs on into a later sentence that names its own speaker
    ("“We saw water ... before. It was devastating,” the chair said"): the speaker is that
    sentence's, not a carried one."""
    sj = doc.sentence_index(max(end - 1, 0))
    block = doc.sentences[si].block
    return any(k in last for k in range(si + 1, sj + 2) if k < len(doc.sentences)
               and doc.sentences[k].block == block and doc.sentences[k].start <= end + 2)


def _opening_quote(doc: Doc, si: int) -> int | None:
    """Offset of the quotation mark a sentence opens with, if it opens with one."""
    sent = doc.sentences[si]
    raw = doc.text[sent.start:sent.end]
    stripped = raw.strip()
    if not stripped or stripped[0] not in "“\"‘'":
        return None
    return sent.start + len(raw) - len(raw.lstrip())
