"""Participial cue: "Ukraine has refused to cede ground, warning that ...".

A cue in -ing right after a comma hangs off the main clause: its speaker is the
speaker of the sentence's main frame ('"...," the mayor said, adding that ...'), or
else the clause's subject, found after any leading adverbials; its content is what
follows the cue. Tried first among verb cues, since an -ing cue after a comma would otherwise
read as an inverted cue ("..., warning ...") with no source after it. Once a
participial cue is seen it decides: without a subject or content there is no frame.
A participial frame ends the content of the frame before it in the sentence.
"""

from __future__ import annotations

from ..clause import complement
from ..phrase import subject
from ..words import PARTICIPLE_ADVERBS
from ....model.doc import CHARACTERISATION, THAT_CLAUSE
from .base import NOT_MINE, Cue, Example, Outcome, characterises, without_naming

NAME = "participial"

EXAMPLES = [
    Example("The union rejected the offer, arguing that it would cut real wages.", "The union", "arguing",
            "that-clause"),
    Example("The union rejected the offer, arguing it would cut real wages.", "The union", "arguing", NAME),
    Example("After the vote, the senator left the chamber, insisting the count was wrong.",
            "the senator", "insisting", NAME),
    Example("Hale said the depot was “a relic of another age,” adding that it would close.", "Hale", "adding",
            "that-clause"),
    Example("The driver blamed the brakes, even suggesting the van had been tampered with.", "The driver", "suggesting",
            NAME),
    Example("Shortly after the vote, the growers had organised, warning that the levy would ruin them.", "the growers",
            "warning", "that-clause"),
]


def find(cue: Cue) -> Outcome:
    st, a = cue.st, cue.a
    k = a  # "..., even suggesting": adverbs between the comma and the cue
    while k - 1 > st.first and k > a - 3 and st.norm[k - 1] in PARTICIPLE_ADVERBS:
        k -= 1
    after_quote = k - 2 >= st.first and st.norm[k - 1] in ("”", '"', "'") and st.norm[k - 2] == ","
    if (st.norm[k - 1] != "," and not after_quote) or not st.norm[a].endswith("ing"):
        return NOT_MINE  # '"..., he said, adding", '“...,” adding that': after the comma that closes
    content = without_naming(cue, complement(st, cue.b), sibling=True)
    # "..., portraying her rival as hypocritical": the charge is the speaker's, reported;
    # "..., warning that the deal would ruin it": a that-clause is reported speech whatever
    # the cue, as after a finite cue (source_cue's "that-clause")
    pattern = CHARACTERISATION if characterises(cue) else THAT_CLAUSE if cue.b < st.last and st.norm[cue.b] == "that" \
        else NAME
    main = cue.main
    if main is not None and main.source is not None and content:
        return cue.inherit(main, content, pattern)  # '"...," the mayor said, adding that ...'
    source = subject(st)
    if source is not None and content:
        return cue.make(source, content, pattern)
    return None
