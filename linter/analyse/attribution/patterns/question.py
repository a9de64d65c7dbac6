"""A question put to a speaker: "Asked whether ..., X said", "X said when asked about ...".

"Asked" opening a sentence or after "when" introduces the question a speaker answered:
its content is the question, up to the comma that closes it; its source is whoever put it
when "by" names them ("When asked by a reporter whether ..."), else the speaker who
answers (the sentence's frame before it, or the subject after the comma, before the
answering verb). The question is not the answerer's words: a "question" frame is never
speech (``Frame.speech``), so it shields nothing, and it is not counted among the
answerer's statements. Not a question put to someone ("Mr. Manafort asked") or a
passive ("he was asked"): those are other patterns' or none.
"""

from __future__ import annotations

from ....model.doc import QUESTION
from ..clause import CLAUSE_REACH, subject_end
from ..phrase import np_start, subject
from ..words import QUESTION_HEADS
from .base import NOT_MINE, Cue, Example, Outcome

NAME = QUESTION

EXAMPLES = [
    Example("Asked whether the depot would close, the mayor said the decision was months away.",
            "the mayor", "Asked", NAME),
    Example("The mayor smiled when asked about the depot.", "The mayor", "asked", NAME),
    Example("When asked by a reporter if the depot would close, Ortiz shrugged.", "a reporter", "asked", NAME),
]


def find(cue: Cue) -> Outcome:
    st, a, b = cue.st, cue.a, cue.b
    prev = st.norm[a - 1] if a > st.first else ""
    if st.norm[a] != "asked" or not (a == st.first or prev in ("when", "while", "after")) or b >= st.last:
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
    if a > st.first + 1:  # "The mayor smiled when asked about the depot."
        subj = subject(st)
        return cue.make(subj, content, NAME) if subj is not None and subj[1] <= a - 1 else None
    if comma >= stop or st.norm[comma] != ",":
        return None
    answer = next((m for m in cue.v.cues.matches(st.norm, comma + 1, min(st.last, comma + 12))
                   if m.payload[1] == "verb"), None)
    if answer is None:
        return None
    end = subject_end(st, answer.first)
    start = np_start(st, end, cue.v.source_words)
    return cue.make((max(start, comma + 1), end), content, NAME) if start < end else None
