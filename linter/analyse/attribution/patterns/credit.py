"""Credit: a quotation whose speaker is named right after it, with no verb.

"“He never answers a question.” ― Lena Ortiz" (a round-up of readers' reactions, a
dash and the name), "“The address was his shortest in years.” [AP.]" (a digest's
bracketed credit), and a lead-in that names the speaker before a colon ("For Ines
Varga, this is progress: “...”"). The credit follows the closing mark directly; a dash credit ends
where the line, the sentence or the next quotation begins ("― Lena Ortiz / “...”"),
optionally with a title or an outlet after a comma ("― Dana Gold, Politico"). A dash
followed by more of a sentence ("“We will win” — Hale’s promise — has ...") is not one.
Not cue-driven: found once per article over its quotations.
"""

from __future__ import annotations

import bisect
import itertools

from ....model.doc import NAMED, ORGANISATION, Doc, Frame, Quote
from ...vocab import Vocab
from ..clause import Sent
from ..people import PersonTracker
from ..sources import classify_source
from .base import Example
from ... import recache

NAME = "credit"

EXAMPLES = [
    Example("Readers wrote in by the hundred. “He never answers a question.” ― Lena Ortiz",
            "Lena Ortiz", "―", NAME),
    Example("The speech was short. “The address was his shortest in years.” [AP.]", "AP", "[", NAME),
    Example("“It was a big night for the network.” — Dana Gold, Politico", "Dana Gold", "—", NAME),
    Example("For Ines Varga, this is progress: “I expect we will see far more of it.”", "Ines Varga", ":",
            NAME),
    Example("“The whole week felt like a street party.”\n\n-Maria Lind, Tacoma.", "Maria Lind", "-", NAME),
    Example("Hale’s letter makes a plain case: “We stand together or we fall apart.”", "Hale", ":", NAME),
]

#: A dash credit after a closing mark: the dash, a name of up to six words, an optional
#: ", title or outlet", then the end of the line, sentence or block, a slash or a quotation.
_DASH = recache.compile(r"[ \t]*(?P<cue>[—―–]|--?)[ \t]*(?P<name>[A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|de|da|del|van|von"
                   r"|al|bin|la|le)){0,5})(?:,[ \t]*[A-Z][^\n/“\"”.]{0,50})?(?=[ \t]*(?:[./\n“\"]|$))")
#: A dash credit standing as a line of its own: "-Maria Lind, Tacoma." (up to six words
#: of name, an optional ", place or title").
_LINE = recache.compile(r"[ \t]*(?P<cue>[—―–]|--?)[ \t]*(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,5})"
                   r"(?:,[ \t]*[A-Z][^\n/“\"”.]{0,50})?\.?[ \t]*")
#: A bracketed agency or outlet credit: "[AP.]", "[Gallup.]", "(Reuters)".
_BRACKET = recache.compile(r"[ \t]*(?P<cue>[\[(])(?P<name>[A-Z][\w&'’ .]{0,30}?)\.?[\])]")


def find(doc: Doc, frames: list[Frame], v: Vocab, people: PersonTracker) -> list[Frame]:
    """A credit frame for each quotation a dash or bracket credit follows, or a lead-in
    names the speaker of (``frames``: those found so far, to leave spoken ones alone)."""
    out = []
    held = _Held([span for f in frames for span in f.content])
    for q in doc.quotes:
        block = doc.block_of(doc.sentence_index(q.start))
        m = _DASH.match(doc.text, q.end, block.end) or _BRACKET.match(doc.text, q.end, block.end)
        if m is not None:
            frame = credit_frame(doc, (m.start("name"), m.end("name")), m.start("cue"),
                                 [(q.start, q.end)], v, people, NAME)
        else:
            frame = _next_line(doc, q, block.end, v, people) or (
                None if held.holds(q.start) else _lead_in(doc, q, v, people))
        if frame is not None:
            out.append(frame)
    return out


class _Held:
    """Which offsets lie in some content span: the spans by start, with the furthest end
    reached so far, so each question is one bisection."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans.sort()
        self.starts = [s for s, _ in spans]
        self.reach = list(itertools.accumulate((e for _, e in spans), max))

    def holds(self, at: int) -> bool:
        i = bisect.bisect_right(self.starts, at)
        return i > 0 and self.reach[i - 1] > at


def _next_line(doc: Doc, q: Quote, block_end: int, v: Vocab, people: PersonTracker) -> Frame | None:
    """"“...”" closing its paragraph, and a dash credit as the next line ("-Maria Lind,
    Tacoma."): a readers' round-up whose names stand on lines of their own."""
    bi = doc.sentences[doc.sentence_index(q.start)].block
    if any(doc.text[k] not in " \t." for k in range(q.end, block_end)) or bi + 1 >= len(doc.article.blocks):
        return None
    line = doc.article.blocks[bi + 1]
    m = _LINE.fullmatch(doc.text, line.start, line.end)
    if m is None:
        return None
    return credit_frame(doc, m.span("name"), m.start("cue"), [(q.start, q.end)], v, people, NAME)


def _lead_in(doc: Doc, q: Quote, v: Vocab, people: PersonTracker) -> Frame | None:
    """"For Ines Varga, this is progress: “...”": a quotation opened right after a
    colon, that no frame holds, is spoken by the person the lead-in names (the last name
    of it that is a person or an organisation)."""
    sent = doc.sentences[doc.sentence_index(q.start)]
    colon = q.start - 1
    while colon >= sent.start and doc.text[colon].isspace():
        colon -= 1
    if colon < sent.start or doc.text[colon] != ":":
        return None
    for start, end in reversed(_names(doc, sent.first, doc.token_at(colon))):
        frame = credit_frame(doc, (start, end), colon, [(q.start, q.end)], v, people, NAME)
        if frame is not None and frame.tier in (NAMED, ORGANISATION):
            return frame
    return None


def _names(doc: Doc, first: int, last: int) -> list[tuple[int, int]]:
    """Text spans of capitalised word runs in tokens [first, last), past the first word
    unless it is a possessor ("Hale's letter makes the case: “...”")."""
    out: list[tuple[int, int]] = []
    k = first if first + 1 < last and doc.tok_norm[first + 1] == "'s" else first + 1
    while k < last:
        if doc.text[doc.tok_start[k]].isupper():
            j = k
            while j + 1 < last and (doc.text[doc.tok_start[j + 1]].isupper() or doc.tok_norm[j + 1] == "."):
                j += 1
            out.append((doc.tok_start[k], doc.tok_end[j]))
            k = j + 1
        else:
            k += 1
    return out


def credit_frame(doc: Doc, name: tuple[int, int], cue: int, content: list[tuple[int, int]], v: Vocab,
                 people: PersonTracker, pattern: str) -> Frame | None:
    """A frame whose source is the name at text offsets ``name`` and whose cue is the mark
    at ``cue`` (shared with the block quotation pattern); None when the name is no source."""
    start, end = name
    si = doc.sentence_index(start)
    st = Sent(doc, si)
    a, b = doc.token_at(start), doc.token_at(end - 1) + 1
    c = doc.token_at(cue)
    people.at(start)
    tier, entity = classify_source(st, a, b, v, people)
    if tier is None:
        return None
    return Frame(doc.span(a, b), tier, doc.span(c, c + 1), "neutral", "label", content, si, entity, pattern=pattern)
