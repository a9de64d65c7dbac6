"""A view shared: "Hale shared her belief that the depot would close".

"Shared" is no reporting cue on its own ("shared a flat", "shared the prize"), so the
cue lexicon leaves it out; followed by the subject's own possessive, a noun of belief
or feeling ("belief", "view", "hope", "concern") and a that-clause, it reports what the
speaker said they believe, like "expressed her belief that". The source is the
noun phrase right before the verb (after any comma); the content is the that-clause. Not cue-driven: found once per
sentence holding a sharing verb.
"""

from __future__ import annotations

from ....model.doc import Frame
from ...vocab import Vocab
from ..clause import Sent, complement, mark_before, subject_end
from ..people import PersonTracker
from ..sources import source_frame
from ..words import HELD_VIEW_NOUNS, SHARING_VERBS
from .base import Example

NAME = "held-view"

EXAMPLES = [
    Example("Asked about the vote, Mayor Ana Ruiz shared her belief that the count was rigged.", "Mayor Ana Ruiz",
            "shared her belief", NAME),
    Example("The growers have shared their fears that the levy will ruin them.", "The growers",
            "shared their fears", NAME),
]

_POSSESSIVES = frozenset({"his", "her", "their", "its"})
#: Most words between the possessive and the noun ("her long-held personal belief").
_REACH = 3
#: Most words of the source between the last comma and the verb.
_SOURCE_WORDS = 6


def possible(norm: list[str], first: int, last: int) -> bool:
    """Whether tokens [first, last) hold a sharing verb (most sentences have none)."""
    return not SHARING_VERBS.isdisjoint(norm[first:last])


def find(st: Sent, v: Vocab, people: PersonTracker, frames: list[Frame]) -> list[Frame]:
    """The held-view frames of one sentence (``frames``: its others; a sharing verb inside
    their content is that speaker's report, left to them)."""
    out: list[Frame] = []
    norm = st.norm
    if not possible(norm, st.first, st.last):
        return out
    for i in range(st.first + 1, st.last - 3):
        if norm[i] not in SHARING_VERBS or norm[i + 1] not in _POSSESSIVES or st.in_quote(i):
            continue
        noun = next((k for k in range(i + 2, min(st.last - 1, i + 3 + _REACH)) if norm[k] in HELD_VIEW_NOUNS), None)
        if noun is None or norm[noun + 1] != "that" or any(s <= st.start[i] < e for f in frames for s, e in f.content):
            continue
        end = subject_end(st, i)  # "The growers have shared": back over the auxiliary
        start = max(st.first, mark_before(st, end) + 1)  # "Asked about the vote, Ruiz shared": after the comma
        content = complement(st, noun + 1)
        if not 0 < end - start <= _SOURCE_WORDS or not content:
            continue
        frame = source_frame(st, (start, end), (i, noun + 1), "neutral", "verb", content, v, people, NAME)
        if frame is not None:
            out.append(frame)
    return out
