"""Credit: a quotation whose speaker is named right after it, with no verb.

"“He never answers a question.” ― Lena Ortiz" (a round-up of readers' reactions, a
dash and the name), "“The address was his shortest in years.” [AP.]" (a digest's
bracketed credit). The credit follows the closing mark directly; a dash credit ends
where the line, the sentence or the next quotation begins ("― Lena Ortiz / “...”"),
optionally with a title or an outlet after a comma ("― Dana Gold, Politico"). A dash
followed by more of a sentence ("“We will win” — Hale’s promise — has ...") is not one.
Not cue-driven: found once per article over its quotations.
"""

from __future__ import annotations

import re

from ....model.doc import Doc, Frame
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
]

#: A dash credit after a closing mark: the dash, a name of up to six words, an optional
#: ", title or outlet", then the end of the line, sentence or block, a slash or a quotation.
_DASH = re.compile(r"[ \t]*(?P<cue>[—―–]|--?)[ \t]*(?P<name>[A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|de|da|del|van|von"
                   r"|al|bin|la|le)){0,5})(?:,[ \t]*[A-Z][^\n/“\"”.]{0,50})?(?=[ \t]*(?:[./\n“\"]|$))")
#: A bracketed agency or outlet credit: "[AP.]", "[Gallup.]", "(Reuters)".
_BRACKET = re.compile(r"[ \t]*(?P<cue>[\[(])(?P<name>[A-Z][\w&'’ .]{0,30}?)\.?[\])]")


def find(doc: Doc, v: Vocab, people: PersonTracker) -> list[Frame]:
    """A credit frame for each quotation a dash or bracket credit follows."""
    out = []
    for q in doc.quotes:
        block = doc.block_of(doc.sentence_index(q.start))
        after = doc.text[q.end:block.end]
        m = _DASH.match(after) or _BRACKET.match(after)
        if m is None:
            continue
        frame = credit_frame(doc, (q.end + m.start("name"), q.end + m.end("name")), q.end + m.start("cue"),
                             [(q.start, q.end)], v, people, NAME)
        if frame is not None:
            out.append(frame)
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
