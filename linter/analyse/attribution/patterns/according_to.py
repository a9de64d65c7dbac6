""""According to SOURCE, CONTENT" and "CONTENT, according to SOURCE."

The phrase names its source right after it, up to the next stop. Before the content
(at the sentence start or after an opening quote) the content is what follows the
source; after it, what precedes the phrase. The content is reported speech whatever
it says. Other cue phrases ("in a statement") only qualify a verb cue, which is
framed on its own, so they are not this pattern's.
"""

from __future__ import annotations

from ..clause import Sent, phrase_end
from ..words import DETERMINERS, HEAD_PREPOSITIONS, QUANTIFIERS
from ..phrase import cut_at_verb
from .base import NOT_MINE, Cue, Example, Outcome

NAME = "according-to"

EXAMPLES = [
    Example("According to the fire service, nobody was hurt in the blaze.", "the fire service", "According to", NAME),
    Example("The plant employs 900 people, according to company filings.", "company filings", "according to", NAME),
    Example("According to the state news agency most of the cafes were shut.", "the state news agency", "According to",
            NAME),
    Example("The budget (according to the treasury) is short by a third.", "the treasury", "according to", NAME),
    Example("Since last May, according to the monitors, the militia has burned 40 villages.", "the monitors",
            "according to", NAME),
]


def find(cue: Cue) -> Outcome:
    st, a, b = cue.st, cue.a, cue.b
    if st.norm[a:b][:2] != ["according", "to"]:
        return NOT_MINE
    end = phrase_end(st, b)
    # "according to the state broadcaster most of the shops were shut": the
    # source ends where a new noun phrase opens after a noun, with no comma between
    end = next((k for k in range(b + 2, end) if (st.norm[k] in DETERMINERS or st.norm[k] in QUANTIFIERS)
                and st.norm[k - 1][0].isalpha() and st.norm[k - 1] not in HEAD_PREPOSITIONS
                and st.norm[k - 1] not in DETERMINERS), end)
    if end == b:
        return None
    if a - 1 > st.first and st.norm[a - 1] == "(":
        return _parenthetical(cue, end)
    if a == st.first or st.norm[a - 1] in ("“", '"') or (a - 1 == st.first and st.norm[a - 1] == "("):
        after = end + 1 if end < st.last and st.norm[end] == "," else end
        content = [st.span(after, st.last)] if after < st.last else []
    elif _after_opener(st, a, end):
        # "Since last November, according to the monitors, troops have killed ...": the
        # opener and the clause after the source are one statement
        content = [st.span(st.first, a - 1), st.span(end + 1, st.last)]
    else:
        content = [st.span(st.first, a - 1 if st.norm[a - 1] == "," else a)]
    return cue.make((b, cut_at_verb(st, b, end)), content, NAME)  # "a study by Pew based on census data"


#: Words that open a sentence's leading adverbial ("Since May,", "Last year,", "By one count,").
_OPENERS = frozenset({"since", "in", "on", "at", "by", "during", "after", "before", "until", "last", "this",
                      "over", "for", "between", "from", "earlier", "later", "so", "yet", "but", "and", "now"})


def _after_opener(st: Sent, a: int, end: int) -> bool:
    """The phrase stands between commas right after a short leading adverbial: "Since last
    November, according to X, ..." (at most five words before it, no verb among them)."""
    lead = st.norm[st.first:a - 1]
    return st.norm[a - 1] == "," and end < st.last and st.norm[end] == "," and 0 < len(lead) <= 5 \
        and lead[0] in _OPENERS and "," not in lead



def _parenthetical(cue: Cue, end: int) -> Outcome:
    """"a “trivialised liturgy” (according to the bishop)": the source ends at the closing
    parenthesis, and what it reports is the quotation just before it; without one, the
    words back to the clause's comma or the sentence start (not the writer's words after
    the parenthesis, nor the sentence before them)."""
    st, a, b = cue.st, cue.a, cue.b
    close = next((k for k in range(b, end) if st.norm[k] == ")"), end)
    if close == b:
        return None
    q = cue.st.doc.quote_at(st.start[a - 2], st.end[a - 2]) if a - 2 >= st.first else None
    if q is not None:
        content = [(q.start, q.end)]
    else:
        k = a - 1
        while k > st.first and st.norm[k - 1] not in (",", ";", ":", "(", ")", "—", "–"):
            k -= 1
        content = [st.span(k, a - 1)] if k < a - 1 else []
    return cue.make((b, cut_at_verb(st, b, close)), content, NAME)
