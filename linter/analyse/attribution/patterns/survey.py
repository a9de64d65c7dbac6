"""A poll's figures: "In a Gallup poll released Thursday, 54 percent chose Hale".

"In" before a poll or survey ("In a CNN national poll", "in the same survey", "in
January polls") credits the figures of its clause to that poll: a leading phrase credits
the rest of the sentence, a trailing one the clause before it ("Hale led by nine points
in the latest poll"). The poll is the source (named when an outlet or a pollster names
it, vague when not); the figures are data, not anyone's words, so the frame is never
speech (``Frame.speech``) and shields nothing. Not cue-driven: found once per sentence,
over its tokens.
"""

from __future__ import annotations

from bisect import bisect_right

from ....model.doc import SURVEY, Doc, Frame
from ...lexicon import positions
from ...vocab import Vocab
from ..clause import Sent
from ..people import PersonTracker
from ..sources import source_frame
from ..words import SURVEY_HEADS
from .base import Example

NAME = SURVEY

EXAMPLES = [
    Example("In a Gallup poll released Thursday, 54 percent of voters chose Hale.", "a Gallup poll released Thursday",
            "In", NAME),
    Example("Hale led Ortiz by nine points in the same survey.", "the same survey", "in", NAME),
]

#: Nouns a poll word modifies ("the survey process"): the phrase is about polling, not a poll.
_MODIFIED = frozenset({"process", "processes", "methodology", "methods", "design", "industry", "business",
                       "firm", "firms", "season", "data"})
#: Most words between "in" and the poll ("a New York Times/CBS News national poll").
_REACH = 8


def possible(norm: list[str], first: int, last: int) -> bool:
    """Whether tokens [first, last) hold a poll word at all: ``find`` answers nothing
    without one, and most sentences have none (one set test instead of a walk)."""
    return not SURVEY_HEADS.isdisjoint(norm[first:last])


def polled(doc: Doc) -> set[int]:
    """The sentences that hold a poll word: ``possible`` for every sentence at once, from
    the index of the article's tokens (one look-up per poll word the article has)."""
    index = positions(doc.tok_norm)
    sentences = doc.sentences
    firsts = [s.first for s in sentences]
    out: set[int] = set()
    for word in SURVEY_HEADS.intersection(index):
        for at in index[word]:
            si = bisect_right(firsts, at) - 1  # the last sentence starting at or before it
            if si >= 0 and at < sentences[si].last:
                out.add(si)
    return out


def find(st: Sent, v: Vocab, people: PersonTracker, frames: list[Frame]) -> list[Frame]:
    """The poll frames of one sentence (``frames``: the sentence's others, whose cues and
    sources a poll frame leaves alone)."""
    out: list[Frame] = []
    norm = st.norm
    if not possible(norm, st.first, st.last):
        return out
    held = {f.source[0] for f in frames if f.source}  # sources that start at an "in" ("in a poll, ...")
    for i in range(st.first, st.last - 1):
        if norm[i] != "in" or st.start[i] in held or st.start[i + 1] in held:
            continue
        head = next((k for k in range(i + 1, min(st.last, i + 1 + _REACH))
                     if norm[k] in SURVEY_HEADS or norm[k] in (",", ".", ";", ":")), None)
        if head is None or norm[head] not in SURVEY_HEADS or norm[i + 1] not in ("a", "an", "the", "that") \
                or "of" in norm[i + 1:head] or "and" in norm[i + 1:head] or "or" in norm[i + 1:head] \
                or (head + 1 < st.last and norm[head + 1] in _MODIFIED):
            continue  # "in the polls" (standing), "in the wake of a poll", "in the polls and the latest
            # survey figures", "in the survey process": not one poll's figures
        if i == st.first or (i == st.first + 1 and not norm[st.first][0].isalnum()):
            comma = next((k for k in range(head + 1, min(st.last, head + 8)) if norm[k] == ","), None)
            if comma is None or comma + 1 >= st.last:
                continue
            end, content = comma, [st.span(comma + 1, st.last)]
        else:
            end, content = head + 1, [st.span(st.first, i)]
        frame = source_frame(st, (i + 1, head + 1), (i, i + 1), "neutral", "phrase", content, v, people, NAME)
        if frame is not None:
            frame.source = st.span(i + 1, end)  # "a Gallup poll released Thursday": the tier is the poll's
            out.append(frame)
    return out
