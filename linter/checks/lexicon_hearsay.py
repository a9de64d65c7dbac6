"""Hearsay and portrayal with no one named: a loaded word in the clause of "is said to be",
"is rumoured to", "is portrayed as" is what unnamed others say or show, reported, not the
writer's own choice (the sourcing rules ask whose it is). Kept apart from lexicon_voice,
which reads the other voices a lexicon match can be in."""

from __future__ import annotations

from ..analyse.lexicon import Lexicon
from ..analyse.vocab import word_set


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
    one named ("Mr Blair is said to be frustrated that his reforms are thwarted by a
    vengeful Mr Brown", "On RT, the West is portrayed as grim, brutal and decadent"): what
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
