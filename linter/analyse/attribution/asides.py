"""The writer's words right after a cue, before what it reports.

Between a cue and its content a writer may describe the saying ("stated falsely that
...", "wrote in a scathing letter that ..."), and after some cues the next words name a
thing, not something said ("responded on Monday to the bombshell allegations", "exposed
the cover-up"). These helpers read only a sentence's token norms, from the token after
the cue (``b``) to the sentence's end (``last``), so the clause helpers and the patterns
can both ask them.
"""

from __future__ import annotations

from .words import DATE_WORDS, EXPOSURE_CUES, FINITE, MEDIUM_NOUNS, NAMING_CUES, RESPONSE_CUES, RESPONSE_NOUNS

#: Words that open the phrase of a statement's medium after a cue ("in a letter").
_MEDIUM_OPENERS = frozenset({"in", "on", "via", "during", "through"})
#: Longest medium phrase looked at, in tokens ("in a rambling letter to the county board").
_MEDIUM_REACH = 10
#: Words of time between a cue of response and its "to" ("responded on Monday to").
_WHEN = frozenset({"on", "late", "early", "last", "this", "week", "night", "morning", "evening", "later"})


def past_manner(norm: list[str], b: int, last: int) -> int:
    """Past the writer's adverbs of manner between a cue and its "that" ("stated wrongly
    and maliciously that ..."): they describe the saying, they are not what was said."""
    k = b
    while k < min(last, b + 6) and (norm[k].endswith("ly") or norm[k] in ("and", ",")):
        k += 1
    return k if k > b and k < last and norm[k] == "that" else b


def past_medium(norm: list[str], b: int, last: int) -> int:
    """Past the phrase of the statement's act or medium between a cue and its "that" or
    comma ("wrote in a scathing letter that ...", "said in a stunning admission to staff,
    ..."): it says how the words came out, in the writer's words, and is not what was
    said. Only a phrase with a medium noun and no verb of its own, closed by "that" or a
    comma; else ``b``."""
    if b >= last or norm[b] not in _MEDIUM_OPENERS:
        return b
    medium = False
    for k in range(b + 1, min(last, b + _MEDIUM_REACH)):
        if norm[k] in ("that", ","):
            return k if medium and k > b + 1 else b
        if not norm[k][0].isalnum() or norm[k] in FINITE:
            return b
        if medium and norm[k].endswith("ing"):
            return b  # "in his memo to staff explaining the deal,": a participle's own clause
        medium = medium or norm[k] in MEDIUM_NOUNS
    return b


def named_from(norm: list[str], a: int, b: int, last: int) -> int | None:
    """Where the thing a cue names starts, when the cue at ``a`` may name one in the
    writer's words rather than report what was said: a cue of exposure's object ("exposed
    the shameful cover-up": what came to light), or, after a cue of response, past time
    words and adverbs, what follows "to" ("responded on Monday to the bombshell
    allegations": what was answered). The caller asks whether a plain noun phrase starts
    there (a clause, colon or quotation is reported); None for any other cue."""
    if norm[a] in EXPOSURE_CUES:
        return b
    if norm[a] not in RESPONSE_CUES:
        return None
    k = b
    while k < min(last, b + 4) and (norm[k] in _WHEN or norm[k] in DATE_WORDS or norm[k].endswith("ly")):
        k += 1
    return k + 1 if k < last and norm[k] == "to" else None


#: Words that end the thing answered after a noun of response ("to the allegations that
#: ...": the clause is the allegations' own content).
_ANSWERED_END = frozenset({",", ";", ":", ".", "!", "?", "that", "which", "who", "whom", "—", "–", "“", '"'})
#: Opening quotation marks: where a quoted label starts.
_OPENERS = frozenset({"“", '"', "‘", "''", "``"})
#: Longest object looked at before a quoted label, in tokens.
_OBJECT_REACH = 10


def answered(norm: list[str], b: int, last: int) -> tuple[int, int] | None:
    """The tokens that name what was answered when a cue's object is a noun of response
    ("relayed the president's response late Thursday to the bombshell allegations that
    ..."): from "to" up to a clause, comma or the end. The response's words are not
    given; the thing it answers is the writer's naming, as after a cue of response. None
    unless the object is such a noun and what follows "to" has no verb of its own ("gave
    her reply to the claims was measured" reports a clause)."""
    k, reach = b, min(last, b + 6)
    while k < reach and norm[k] not in RESPONSE_NOUNS:
        if not (norm[k][0].isalnum() or norm[k] in ("'s", "’s")) or norm[k] in FINITE:
            return None
        k += 1
    if k >= reach:
        return None
    k += 1
    stop = min(last, k + 4)
    while k < stop and (norm[k] in _WHEN or norm[k] in DATE_WORDS or norm[k].endswith("ly")):
        k += 1
    if not (k < last and norm[k] == "to"):
        return None
    end = k + 1
    while end < last and norm[end] not in _ANSWERED_END:
        if norm[end] in FINITE:
            return None
        end += 1
    return (k, end) if end > k + 1 else None


def label_at(norm: list[str], a: int, b: int, last: int) -> int | None:
    """Where a quoted label opens after a cue of naming and its object ("calling her
    remarks about his candidacy “highly inappropriate”"): the quotation is what was said,
    the object before it the writer's naming of the thing labelled. None for any other
    cue, a phrasal verb ("calling out the mayor"), when a clause, a comma or a verb comes
    first, or when words go on after the quotation (then it is inside the object: "called
    her claim of a “mandate” over the budget absurd")."""
    if norm[a] not in NAMING_CUES or b >= last or norm[b] in _PARTICLES:
        return None
    for k in range(b, min(last, b + _OBJECT_REACH)):
        if norm[k] in _OPENERS:
            if k == b:
                return None
            close = next((j for j in range(k + 1, last) if norm[j] in _CLOSERS), None)
            after = norm[close + 1] if close is not None and close + 1 < last else "."
            return k if close is not None and (not after[0].isalnum() or after in _AFTER_LABEL) else None
        if not (norm[k][0].isalnum() or norm[k] in ("'s", "’s", "-")) or norm[k] in FINITE or norm[k] == "that":
            return None
    return None


#: Particles that make a naming verb another verb ("call out", "call for", "call on").
_PARTICLES = frozenset({"out", "for", "on", "up", "off", "in", "back", "upon", "to", "into", "away"})
#: Closing quotation marks.
_CLOSERS = frozenset({"”", '"', "’", "''"})
#: Words that may follow a quoted label and end it: a conjunction, or a tail of time,
#: place or medium ("called the plan “a farce” on Monday", "... and demanded a vote").
_AFTER_LABEL = frozenset({"and", "but", "or", "in", "on", "at", "during", "after", "before", "while", "as",
                          "last", "this", "when", "because", "since", "to"})
