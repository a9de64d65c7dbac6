"""Passive with its agent: "The plan was criticised by the union as unworkable".

A participle cue in a passive (a form of "be" before it: "was described by", "has been
criticised by") or in a reduced relative after a noun, comma or dash ("the bill, backed
by the governors", "Hale — mentioned by the Ledger as ...") names its speaker after
"by": the agent is the source, never the subject (which is what was said about). The
content is what follows the agent ("as unworkable"), or else the subject. A medium
after "by" ("was told by phone") is no agent; without an agent a passive has no
speaker and the last verb pattern declines it. A verb of discovery or realising in a
reduced relative ("the bodies found by hikers", "the gains realised by a wealthy few")
has a plain object, the noun it follows: that is the writer's description, not speech.
"""

from __future__ import annotations

from ..clause import is_cap, phrase_end
from ..phrase import cut_at_verb
from ..words import BE, DETERMINERS, NEEDS_CLAUSE, PASSIVE_ADVERBS, PRONOUNS, QUANTIFIERS
from .base import NOT_MINE, Cue, Example, Outcome

NAME = "passive-agent"

#: Words after "by" that name a medium or a manner, not an agent ("told by phone").
_MEDIA = frozenset({"phone", "telephone", "email", "e-mail", "text", "letter", "video", "mail", "post", "fax",
                    "radio", "satellite", "videolink", "name", "far", "default", "hand", "mistake", "law", "contrast"})
#: Words that end the agent and open what it said or when ("by the union as unworkable",
#: "by the inspectors for her reforms", "by his rivals over the weekend").
_AFTER_AGENT = frozenset({"as", "for", "over", "after", "during", "in", "on", "because", "when", "while", "to",
                          "since", "amid", "last", "this", "earlier", "who", "which", "that"})
#: How many tokens an agent may have.
_AGENT_REACH = 12

EXAMPLES = [
    Example("The closure was criticised by the union as a false economy.", "the union", "criticised", NAME),
    Example("The mayor has been described by Councillor Ruth Bell as out of touch.", "Councillor Ruth Bell",
            "described", NAME),
    Example("Ms Okafor, praised by the inspectors for her reforms, will retire in June.", "the inspectors",
            "praised", NAME),
]


def find(cue: Cue) -> Outcome:
    st, a, b = cue.st, cue.a, cue.b
    if b + 1 >= st.last or st.norm[b] != "by" or not _passive(cue):
        return NOT_MINE
    if st.norm[a] in NEEDS_CLAUSE and not _after_be(cue):
        return None  # "the profits realised by the wealthy few": a plain object, no claim
    start = b + 1
    first = st.norm[start]
    if first in _MEDIA or not (is_cap(st.raw_at(start)) or first in DETERMINERS or first in QUANTIFIERS
                               or first in PRONOUNS or first[0].isdigit()):
        return None  # "was told by phone", "was criticised by hundreds": a manner, or no noun phrase
    end = cut_at_verb(st, start, phrase_end(st, start))
    end = next((k for k in range(start + 1, end) if st.norm[k] in _AFTER_AGENT and st.raw_at(k).islower()), end)
    if end - start > _AGENT_REACH:
        return None
    after = end + 1 if end < st.last and st.norm[end] == "," else end
    if any(st.norm[k][0].isalnum() for k in range(after, st.last)):
        content = [st.span(after, st.last)]
    elif a > st.first:
        content = [st.span(st.first, a)]
    else:
        return None
    return cue.make((start, end), content, NAME)


def _before_adverbs(cue: Cue) -> int:
    """The token before the participle and any past adverbs ("was quickly dismissed")."""
    k = cue.a - 1
    while k >= cue.st.first and cue.st.norm[k] in PASSIVE_ADVERBS:
        k -= 1
    return k


def _after_be(cue: Cue) -> bool:
    """A form of "be" before the participle: a full passive, not a reduced relative."""
    k = _before_adverbs(cue)
    return k >= cue.st.first and cue.st.norm[k] in BE


def _passive(cue: Cue) -> bool:
    """A form of "be" before the participle, past adverbs ("was quickly dismissed"), or a
    regular participle right after a noun, a comma or a dash (a reduced relative)."""
    st, a = cue.st, cue.a
    word = st.norm[a]
    k = _before_adverbs(cue)
    if _after_be(cue):
        return word.endswith("ed") or word in ("said", "told", "seen", "thought", "known", "shown", "written")
    if k < st.first or not word.endswith("ed"):
        return False
    prev = st.norm[k]
    return prev in (",", "—", "–") or (prev[0].isalpha() and prev not in PRONOUNS and prev not in DETERMINERS
                                       and not is_cap(st.raw_at(a)))
