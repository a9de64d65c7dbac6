"""Participial cue: "Ukraine has refused to cede ground, warning that ...".

A cue in -ing right after a comma hangs off the main clause: its speaker is that
clause's subject, found after any leading adverbials, and its content is what follows
the cue. Tried first among verb cues, since an -ing cue after a comma would otherwise
read as an inverted cue ("..., warning ...") with no source after it. Once a
participial cue is seen it decides: without a subject or content there is no frame.
A participial frame ends the content of the frame before it in the sentence.
"""

from __future__ import annotations

from ..clause import complement
from ..phrase import subject
from .base import NOT_MINE, Cue, Example, Outcome

NAME = "participial"

EXAMPLES = [
    Example("The union rejected the offer, arguing that it would cut real wages.", "The union", "arguing", NAME),
    Example("After the vote, the senator left the chamber, insisting the count was wrong.",
            "the senator", "insisting", NAME),
]


def find(cue: Cue) -> Outcome:
    st = cue.st
    if cue.prev_token != "," or not st.norm[cue.a].endswith("ing"):
        return NOT_MINE
    source = subject(st)
    content = complement(st, cue.b)
    if source is not None and content:
        return cue.make(source, content, NAME)
    return None
