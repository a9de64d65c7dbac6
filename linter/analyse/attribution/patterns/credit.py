"""Credit: a quotation whose speaker is named right after it, with no verb.

"“He never answers a question.” ― Lena Ortiz" (a round-up of readers' reactions, a
dash and the name), "“The address was his shortest in years.” [AP.]" (a digest's
bracketed credit), and a lead-in that names the speaker before a colon ("For Henry
Reichhold, this is progress: “...”"). The credit follows the closing mark directly; a dash credit ends
where the line, the sentence or the next quotation begins ("― Lena Ortiz / “...”"),
optionally with a title or an outlet after a comma ("― Dana Gold, Politico"). A dash
followed by more of a sentence ("“We will win” — Hale’s promise — has ...") is not one.
Not cue-driven: found once per article over its quotations.
"""

from __future__ import annotations

import re

from ....model.doc import NAMED, ORGANISATION, Doc, Frame, Quote
from ...vocab import Vocab
from ..clause import Sent
from ..people import PersonTracker
from ..sources import classify_source
from .base import Example

NAME = "credit"

EXAMPLES = [
    Example("Readers wrote in by the hundred. “He never answers a question.” ― Lena Ortiz",
            "Lena Ortiz", "―", NAME),
    Example("The speech was short. “The address was his shortest in years.” [AP.]", "AP", "[", NAME),
    Example("“It was a big night for the network.” — Dana Gold, Politico", "Dana Gold", "—", NAME),
    Example("For Henry Reichhold, this is progress: “I can see that happening a lot more.”", "Henry Reichhold", ":",
            NAME),
    Example("“The whole week felt like a street party.”\n\n-Maria Lind, Tacoma.", "Maria Lind", "-", NAME),
    Example("Hale’s letter makes a plain case: “We stand together or we fall apart.”", "Hale", ":", NAME),
]

#: A dash credit after a closing mark: the dash, a name of up to six words, an optional
#: ", title or outlet", then the end of the line, sentence or block, a slash or a quotation.
_DASH = re.compile(r"[ \t]*(?P<cue>[—―–]|--?)[ \t]*(?P<name>[A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|de|da|del|van|von"
                   r"|al|bin|la|le)){0,5})(?:,[ \t]*[A-Z][^\n/“\"”.]{0,50})?(?=[ \t]*(?:[./\n“\"]|$))")
#: A dash credit standing as a line of its own: "-Maria Lind, Tacoma." (up to six words
#: of name, an optional ", place or title").
_LINE = re.compile(r"[ \t]*(?P<cue>[—―–]|--?)[ \t]*(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,5})"
                   r"(?:,[ \t]*[A-Z][^\n/“\"”.]{0,50})?\.?[ \t]*")
#: A bracketed agency or outlet credit: "[AP.]", "[Gallup.]", "(Reuters)".
_BRACKET = re.compile(r"[ \t]*(?P<cue>[\[(])(?P<name>[A-Z][\w&'’ .]{0,30}?)\.?[\])]")


def find(doc: Doc, frames: list[Frame], v: Vocab, people: PersonTracker) -> list[Frame]:
    """A credit frame for each quotation a dash or bracket credit follows, or a lead-in
    names the speaker of (``frames``: those found so far, to leave spoken ones alone)."""
    out = []
    for q in doc.quotes:
        block = doc.block_of(doc.sentence_index(q.start))
        after = doc.text[q.end:block.end]
        m = _DASH.match(after) or _BRACKET.match(after)
        if m is not None:
            frame = credit_frame(doc, (q.end + m.start("name"), q.end + m.end("name")), q.end + m.start("cue"),
                                 [(q.start, q.end)], v, people, NAME)
        else:
            frame = _next_line(doc, q, after, v, people) or _lead_in(doc, q, frames, v, people)
        if frame is not None:
            out.append(frame)
    return out


def _next_line(doc: Doc, q: Quote, after: str, v: Vocab, people: PersonTracker) -> Frame | None:
    """"“...”" closing its paragraph, and a dash credit as the next line ("-Maria Lind,
    Tacoma."): a readers' round-up whose names stand on lines of their own."""
    bi = doc.sentences[doc.sentence_index(q.start)].block
    if after.strip(" \t.") or bi + 1 >= len(doc.article.blocks):
        return None
    line = doc.article.blocks[bi + 1]
    m = _LINE.fullmatch(doc.text, line.start, line.end)
    if m is None:
        return None
    return credit_frame(doc, m.span("name"), m.start("cue"), [(q.start, q.end)], v, people, NAME)


def _lead_in(doc: Doc, q: Quote, frames: list[Frame], v: Vocab, people: PersonTracker) -> Frame | None:
    """"For Henry Reichhold, this is progress: “...”": a quotation opened right after a
    colon, that no frame holds, is spoken by the person the lead-in names (the last name
    of it that is a person or an organisation)."""
    if any(any(s <= q.start < e for s, e in f.content) for f in frames):
        return None
    si = doc.sentence_index(q.start)
    sent = doc.sentences[si]
    before = doc.text[sent.start:q.start].rstrip()
    if not before.endswith(":"):
        return None
    colon = sent.start + len(before) - 1
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
