"""A statement noun as cue: "Zelensky’s claim", "his admission", "The claim comes as".

A cue noun reports only with a possessor or a definite article before it (other
nouns were dropped before any pattern ran). The possessor is the source: a short
name or determiner + title before "’s" ("the president’s insistence"), or a
possessive pronoun ("his admission"), resolved like any pronoun. "The claim" / "this
admission" refers back: its source is the previous frame's ("definite-noun"). The
frame has no content: the noun names a statement made elsewhere.
"""

from __future__ import annotations

from ...vocab import Vocab
from ..clause import Sent, is_cap
from ..words import DETERMINERS, NOUN_MODIFIERS
from .base import NOT_MINE, Cue, Example, Outcome

NAME = "statement-noun"

EXAMPLES = [
    Example("Governor Hale’s claim drew an angry response from farmers.", "Governor Hale", "claim", "possessive-noun"),
    Example("Ruth Adler resigned in March. Her admission came a week later.", "Her", "admission", "possessive-noun"),
    Example("The minister said the budget was balanced. The claim was disputed by auditors.",
            "The minister", "claim", "definite-noun"),
]


def find(cue: Cue) -> Outcome:
    st = cue.st
    i = cue.a - 1
    while i >= st.first and st.norm[i] in NOUN_MODIFIERS:
        i -= 1
    if i < st.first:
        return NOT_MINE
    if st.norm[i] == "'s":
        return cue.make((_possessor_start(st, i, cue.v), i), [], "possessive-noun")
    if st.norm[i] in ("his", "her", "their", "its"):
        return cue.make((i, i + 1), [], "possessive-noun")
    previous = cue.previous
    if st.norm[i] in ("the", "this", "that") and previous is not None:
        return cue.inherit(previous, [], "definite-noun")
    return NOT_MINE


def _possessor_start(st: Sent, end: int, v: Vocab) -> int:
    """Start of a short possessor before ’s: a name, or a determiner + title."""
    k = end
    while k - 1 >= st.first and end - k < 5:
        tok, n = st.raw_at(k - 1), st.norm[k - 1]
        if n == "that":
            break  # "argue that Zelensky’s": a conjunction, not a determiner
        if is_cap(tok) or n in DETERMINERS or n in v.sources.get("role_nouns", ()):
            k -= 1
            if n in DETERMINERS:
                break
            continue
        break
    return k
