"""A statement noun as cue: "Zelensky’s claim", "his admission", "The claim comes as".

A cue noun reports only with a possessor or a definite article before it (other
nouns were dropped before any pattern ran). The possessor is the source: a short
name or determiner + title before "’s" ("the president’s insistence"), or a
possessive pronoun ("his admission"), resolved like any pronoun. "The claim" / "this
admission" refers back: its source is the previous frame's ("definite-noun"). The
A name used as the noun's modifier ("Ortiz campaign accusations", "White House
denials") is the source when a that-clause after the noun says what was stated. The
frame has no content (the noun names a statement made elsewhere) unless a colon after
the noun introduces it: "The mayor issued the following statement:" and the quotation
after it, whose speaker is then the sentence's subject.
"""

from __future__ import annotations

from ...vocab import Vocab
from ...wordclass import ADJ, NOUN, parts
from ..clause import Sent, complement, is_cap, next_block_content
from ..phrase import subject
from ..words import DETERMINERS, FINITE, NOUN_MODIFIERS, PRONOUNS
from .base import NOT_MINE, Cue, Example, Outcome

NAME = "statement-noun"

EXAMPLES = [
    Example("Governor Hale’s claim drew an angry response from farmers.", "Governor Hale", "claim", "possessive-noun"),
    Example("Ruth Adler resigned in March. Her admission came a week later.", "Her", "admission", "possessive-noun"),
    Example("The minister said the budget was balanced. The claim was disputed by auditors.",
            "The minister", "claim", "definite-noun"),
    Example("After the vote, Mayor Ana Ruiz issued the following statement:\n\n“We will rebuild the bridge.”",
            "Mayor Ana Ruiz", "statement", "possessive-noun"),
    Example("Rents fell, belying the landlords’ warnings that they would soar.", "the landlords",
            "warnings", "that-clause"),
    Example("She shrugged off recent Ortiz campaign accusations that her aides were lying.", "Ortiz campaign",
            "accusations", "that-clause"),
]


def find(cue: Cue) -> Outcome:
    st = cue.st
    i = cue.a - 1
    while i >= st.first and st.norm[i] in NOUN_MODIFIERS:
        i -= 1
    if i < st.first:
        return NOT_MINE
    content = _introduced(st, cue.b)
    said = _content_clause(st, cue.b) if not content else []
    if st.norm[i] == "'s" or _plural_possessive(st, i):
        return cue.make((possessor_start(st, i, cue.v, plural=st.norm[i] == "'"), i), content or said,
                        "that-clause" if said else "possessive-noun")
    if st.norm[i] in ("his", "her", "their", "its"):
        return cue.make((i, i + 1), content or said, "that-clause" if said else "possessive-noun")
    if st.norm[i] in ("the", "this", "that") and content and i > st.first:
        source = subject(st)  # "The mayor issued the following statement: ...": the subject's statement
        if source is not None and source[1] <= i:
            return cue.make(source, content, "possessive-noun")
    maker = compound_maker(st, i) if said and not content else None
    if maker is not None:  # "recent Ortiz campaign accusations that his aides ...": the campaign's
        return cue.make((maker, i + 1), said, "that-clause")
    previous = cue.previous
    if st.norm[i] in ("the", "this", "that") and previous is not None:
        return cue.inherit(previous, content, "definite-noun")
    return NOT_MINE


def _introduced(st: Sent, b: int) -> list[tuple[int, int]]:
    """What a statement noun introduces with a colon ("the following statement: “...”",
    "the reader's quotes as its cover line: “...”"): the rest of the sentence, or the next
    block when the colon ends this one. Without a colon the noun names a statement made
    elsewhere and has no content."""
    colon = next((k for k in range(b, min(st.last, b + 6)) if st.norm[k] == ":"), None)
    if colon is None:
        return []
    if colon + 1 < st.last:
        start = st.start[colon + 1]
        q = st.doc.quote_at(start, start + 1)  # a quotation may run on past the sentence
        return [(start, max(st.end[st.last - 1], q.end if q is not None and q.start == start else 0))]
    return next_block_content(st, colon)


def _content_clause(st: Sent, b: int) -> list[tuple[int, int]]:
    """"the senator's warning that the deficit would soar": a "that", a subject and an
    auxiliary or modal after a possessed statement noun say what was stated; "his claims
    that he repeated on Monday" (no auxiliary: most likely a relative clause) do not."""
    if b + 2 >= st.last or st.norm[b] != "that" or st.norm[b + 1] in FINITE and st.norm[b + 1] not in PRONOUNS:
        return []
    for k in range(b + 2, min(st.last, b + 6)):
        if st.norm[k] in FINITE and st.norm[k] not in PRONOUNS:
            return complement(st, b)
        if st.norm[k].endswith("ed") or not st.norm[k][0].isalnum():
            break  # "his claims that he repeated on Monday": a verb of its own first
    return []


def compound_maker(st: Sent, i: int) -> int | None:
    """Start of a name used as a noun modifier that ends at token ``i``, right before the
    statement noun ("Ortiz campaign accusations", "White House denials"): a capitalised
    name, and at most one common noun after it ("campaign"). The maker stated what the
    that-clause after the noun says; None when the words are not a name."""
    k = i
    if not is_cap(st.raw_at(k)) and k - 1 >= st.first and is_cap(st.raw_at(k - 1)) and parts(st.norm[k]) & NOUN:
        k -= 1  # "campaign" after "Ortiz"
    if not is_cap(st.raw_at(k)):
        return None
    while k - 1 >= st.first and i - k < 4 and is_cap(st.raw_at(k - 1)) and st.norm[k - 1] not in DETERMINERS:
        k -= 1
    if k == st.first and i - k < 1 and st.index == 0:
        return None  # a capitalised headline word alone
    return k


def _plural_possessive(st: Sent, i: int) -> bool:
    """An apostrophe after a plural ("the economists’ warnings"), not a closing quotation mark."""
    if st.norm[i] != "'" or i - 1 < st.first or not st.norm[i - 1].endswith("s") or not st.norm[i - 1].isalpha():
        return False
    q = st.doc.quote_at(st.start[i], st.end[i])
    return q is None or q.end != st.end[i]


def possessor_start(st: Sent, end: int, v: Vocab, plural: bool = False) -> int:
    """Start of a short possessor before ’s (or, ``plural``, before the apostrophe of a
    plural: "the budget hawks’"): a name, or a determiner + title or noun."""
    if plural:
        k = end - 1  # the plural noun itself, and the words of its phrase before it
        while k - 1 >= st.first and end - k < 4 and st.norm[k - 1] != "that" and st.norm[k - 1] not in FINITE \
                and (st.norm[k - 1] in DETERMINERS or is_cap(st.raw_at(k - 1)) or parts(st.norm[k - 1]) & (NOUN | ADJ)):
            k -= 1
            if st.norm[k] in DETERMINERS:
                break
        return k
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
        if k == end and k - 2 >= st.first and st.norm[k - 2] in DETERMINERS and n.isalpha():
            k -= 1  # "the woman's quotes": a common noun after a determiner
            continue
        break
    return k
