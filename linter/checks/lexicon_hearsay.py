"""Hearsay, portrayal and viewpoint frames: a loaded word in the clause of "is said to be",
"is rumoured to", "is portrayed as", or after "as far as the unions are concerned," is what
others say, show or hold, reported, not the writer's own choice (the sourcing rules ask
whose it is). Kept apart from lexicon_voice, which reads the other voices a lexicon match
can be in."""

from __future__ import annotations

from ..analyse.lexicon import Lexicon
from ..analyse.targets import class_terms
from ..analyse.vocab import word_set
from ..model.doc import Doc


#: "is said to be", "being portrayed as", "reportedly": the clause after them is hearsay.
_HEARSAY = Lexicon.of(sorted(word_set("attribution", "hearsay_frames")))
_PORTRAYAL = Lexicon.of(sorted(word_set("attribution", "portrayal_frames")))
#: Words that end the clause a hearsay frame governs; a comma before "and", "but" or
#: "while" opens a clause of the writer's own ("is said to be unwell, and the council's ...").
_HEARSAY_BREAK = frozenset({";", ":", "but", "while", "although", "whereas", "however"})
_HEARSAY_JOINS = frozenset({"and", "but", "while", "yet", "so"})
#: A frame in a relative clause ("the governor, who reportedly ordered it, is ...") reaches
#: only to the clause's closing comma.
_RELATIVES = frozenset({"who", "which", "whose", "whom"})


def hearsay(norms: list[str], first: int, begin: int) -> bool:
    """Whether token ``first`` stands in the clause of a hearsay or portrayal frame with no
    one named ("The treasurer is said to be livid that her budget was blocked by a spiteful
    chair", "On the channel, the capital is portrayed as filthy, lawless and doomed"): what
    unnamed others say or show, reported; the sourcing rules ask whose. A hearsay frame
    reaches to the next comma, a portrayal through the list of what it portrays ("grim,
    divided, brutal"); a frame after the word, one a clause break separates from it, or one
    in a relative clause that closes before it ("the governor, who reportedly ordered it, is
    ruthless") does not reach it."""
    lo = max(begin, first - 30)
    for lexicon, lists in ((_HEARSAY, False), (_PORTRAYAL, True)):
        for m in lexicon.matches(norms, lo, first):
            between = norms[m.last:first]
            relative = _RELATIVES.intersection(norms[max(begin, m.first - 3):m.first])
            if m.last <= first and not _HEARSAY_BREAK.intersection(between) \
                    and not ("," in between and (relative or not lists)) and not any(
                    a == "," and b in _HEARSAY_JOINS for a, b in zip(between, between[1:])):
                return True
    return False


_VIEW_OPENERS = Lexicon.of(sorted(word_set("attribution", "viewpoint_openers")))
_VIEW_CLOSERS = Lexicon.of(sorted(word_set("attribution", "viewpoint_closers")))
_SPEAKERS = Lexicon.of(sorted(class_terms()["people"] + class_terms()["organisation"]))
#: The writer's own view ("as far as I am concerned", "in our eyes") is no one else's.
_WRITER = frozenset({"i", "me", "we", "us", "my", "our"})
#: Most words between the opener and the head of who holds the view.
_VIEW_WORDS = 7


def viewpoint(doc: Doc, first: int, begin: int) -> bool:
    """Whether token ``first`` follows, in its sentence, a viewpoint adverbial that hands
    the clause to people or an organisation ("As far as the unions are concerned, the offer
    is a betrayal", "In the eyes of many residents, the scheme is a scandal"): the opener,
    at most ``_VIEW_WORDS`` words ending on a person, group, organisation or capitalised
    name, a closer where the opener takes one ("are concerned"), then a comma; no
    semicolon or colon between the comma and the word."""
    norms = doc.tok_norm
    for m in _VIEW_OPENERS.matches(norms, max(begin, first - 40), first):
        comma = next((k for k in range(m.last, min(first, m.last + _VIEW_WORDS + 3)) if norms[k] == ","), None)
        if comma is None or comma == m.last or {";", ":"} & set(norms[comma:first]):
            continue
        head = comma
        for c in _VIEW_CLOSERS.matches(norms, m.last, comma):
            if c.last == comma:
                head = c.first
        words = norms[m.last:head]
        if not words or len(words) > _VIEW_WORDS or _WRITER & set(words):
            continue
        if norms[m.first] == "as" and head == comma:
            continue  # "as far as Leeds, the road is ...": a distance, not a view
        h = head - 1
        if any(s.last == head for s in _SPEAKERS.matches(norms, m.last, head)) or doc.text[doc.tok_start[h]].isupper():
            return True
    return False
