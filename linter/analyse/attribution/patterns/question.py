"""A question put to a speaker: "Asked whether ..., X said", "X said when asked about ...".

"Asked" opening a sentence or after "when" introduces the question a speaker answered:
its content is the question, up to the comma that closes it; its source is whoever put it
when "by" names them ("When asked by a reporter whether ..."), else the speaker who
answers (the sentence's frame before it, or the subject after the comma). The question is not the answerer's words: a "question" frame is never
speech (``Frame.speech``), so it shields nothing, and it is not counted among the
answerer's statements. Not a question put to someone ("Mr. Manafort asked") or a
passive ("he was asked"): those are other patterns' or none.
"""

from __future__ import annotations

from ....model.doc import QUESTION
from ..clause import CLAUSE_REACH, Sent, abbreviation_dot
from ..phrase import subject
from ..words import AUX, DETERMINERS, PARTICIPLES, QUESTION_HEADS
from .base import NOT_MINE, Cue, Example, Outcome

NAME = QUESTION

EXAMPLES = [
    Example("Asked whether the depot would close, the mayor said the decision was months away.",
            "the mayor", "Asked", NAME),
    Example("The mayor smiled when asked about the depot.", "The mayor", "when asked", NAME),
    Example("When asked by a reporter if the depot would close, Ortiz shrugged.", "a reporter", "When asked", NAME),
    Example("When asked whom she backed, Ms. Lund smiled and said she was undecided.", "Ms. Lund", "When asked", NAME),
]


def find(cue: Cue) -> Outcome:
    st, a, b = cue.st, cue.a, cue.b
    prev = st.norm[a - 1] if a > st.first else ""
    if st.norm[b - 1] != "asked" or b - a > 2 or b >= st.last:
        return NOT_MINE  # "asked", or the cue phrase "when asked"
    timed = st.norm[a] == "when" or prev in ("when", "while", "after")
    opening = a == st.first or (a == st.first + 1 and prev in ("and", "but", "when", "while", "after")) or (
        prev == "when" and a - 2 == st.first and st.norm[a - 2] in ("and", "but"))  # "And when asked ..."
    if not (opening or timed):
        return NOT_MINE
    head = b + 1 if st.norm[b] not in QUESTION_HEADS and b + 1 < st.last else b  # "Asked Tuesday about"
    if st.norm[head] not in QUESTION_HEADS:
        return NOT_MINE
    stop = min(st.last, b + CLAUSE_REACH)
    comma = next((k for k in range(b, stop) if st.norm[k] in (",", ";", ".", "?", "!")), stop)
    if st.norm[head] == "by":
        end = next((k for k in range(head + 1, comma) if st.norm[k] in QUESTION_HEADS), comma)
        return cue.make((head + 1, end), [st.span(end, comma)] if end < comma else [], NAME)
    content = [st.span(b, comma)]
    main = cue.main
    if main is not None and main.source is not None:
        return cue.inherit(main, content, NAME)  # "X said when asked about ..."
    if not opening:  # "The mayor smiled when asked about the depot."
        subj = subject(st)
        return cue.make(subj, content, NAME) if subj is not None and subj[1] <= a - 1 else None
    if comma >= stop or st.norm[comma] != ",":
        return None
    start, end = comma + 1, _subject_end(st, comma + 1)  # "Ms. Lund smiled and said", "he demurred:"
    return cue.make((start, end), content, NAME) if start < end else None


def _subject_end(st: Sent, start: int) -> int:
    """End of the noun phrase opening a clause at ``start``: a name, determiners and the
    nouns after them, up to a verb, an auxiliary or punctuation (at most six tokens)."""
    k = start
    while k < min(st.last, start + 6):
        word, raw = st.norm[k], st.raw_at(k)
        if word in AUX or word in PARTICIPLES or word in ("say", "says") or not word[0].isalnum() \
                and not abbreviation_dot(st, k) or (
                k > start and raw.islower() and word.endswith(("ed", "s")) and st.norm[k - 1] not in DETERMINERS):
            break
        k += 1
    return k
