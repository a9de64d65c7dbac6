"""Inverted order: the content comes first and the cue closes it.

Four constructions, tried in this order:

- "“We will rebuild,” said Mayor Ana Ruiz." with the quotation split off as a sentence
  of its own: the cue opens the sentence and the quotation before it is the content.
- "..., said the mayor." / ",” said Ana Ruiz": the cue right after a comma or closing
  quote, a short source after it to the end of the sentence.
- '"Why now?" he asked.': a short source before the cue, right after a quotation that
  the sentence splitter cut off at its question mark.
- "The bridge will reopen in May, the council said." (", SOURCE said"): a short source
  between a comma or quote and the cue, with nothing but time and place after the cue.

Each yields an "inverted" frame, whose content is reported speech whatever the cue.
A construction that is there decides even when its source names no one.
"""

from __future__ import annotations

from ..clause import is_cap, phrase_end, trim_closing
from ..words import CLAUSE_WORDS_IN_SOURCE, COUNTS, DATE_WORDS, DETERMINERS, PRONOUNS, TRAILING
from .base import NOT_MINE, Cue, Example, Outcome

NAME = "inverted"

EXAMPLES = [
    Example("“The ferry will run again by June,” said Harbour Master Li Wei.", "Harbour Master Li Wei", "said", NAME),
    Example("The levy will fall next year, the Treasury said on Tuesday.", "the Treasury", "said", NAME),
    Example("Prices will not come down soon, warned Governor Ellis.", "Governor Ellis", "warned", NAME),
    Example("Nobody expected the vote. “It was a shock.” said Councillor Hana Sato.",
            "Councillor Hana Sato", "said", NAME),
    Example("“Who pays for this?” she asked.", "she", "asked", NAME),
]


def find(cue: Cue) -> Outcome:
    for construction in (_split_quote_then_cue, _cue_then_source, _short_source_after_split_quote,
                         _source_then_cue):
        outcome = construction(cue)
        if outcome is not NOT_MINE:
            return outcome
    return NOT_MINE


def _quotation_before(cue: Cue) -> list[tuple[int, int]] | None:
    """The quotation that closes just before the sentence (the splitter ended a quoted
    sentence at its own stop), as content; None when the text before ends otherwise."""
    st = cue.st
    prev = st.text[:st.start[st.first]].rstrip()
    if not prev.endswith(("”", '"', "''")):
        return None
    q_start = max(prev.rfind("“", 0, len(prev) - 1), prev.rfind('"', 0, len(prev) - 1))
    return [(q_start, len(prev))] if q_start >= 0 else []


def _split_quote_then_cue(cue: Cue) -> Outcome:
    """"“... dropped the ball.” said Jewell Young": the cue opens the sentence."""
    st, b = cue.st, cue.b
    if cue.a != st.first or st.index == 0:
        return NOT_MINE
    content = _quotation_before(cue)
    end = phrase_end(st, b)
    if content is None or not b < end <= b + 8:
        return NOT_MINE
    return cue.make((b, end), content, NAME)


def _cue_then_source(cue: Cue) -> Outcome:
    """", said the mayor." / ",” said Ana Ruiz": a short source from the cue to the end."""
    st, a, b, norm, tail = cue.st, cue.a, cue.b, cue.st.norm, cue.st.last
    if cue.prev_token not in (",", "”", '"', "'") or a - 1 <= st.first:
        return NOT_MINE
    end = phrase_end(st, b)
    if not (b < tail and norm[b] != "that" and b < end <= b + 8 and (end >= tail - 1 or norm[end] in (".", ","))):
        return NOT_MINE
    named_inside = any(is_cap(st.raw_at(k)) for k in range(b, end))
    if not (is_cap(st.raw_at(b)) or norm[b] in DETERMINERS or norm[b] in COUNTS or named_inside):
        return NOT_MINE
    content_end = trim_closing(st, a - 1)
    content = [st.span(st.first, content_end)] if content_end > st.first else []
    return cue.make((b, end), content, NAME)


def _short_source_after_split_quote(cue: Cue) -> Outcome:
    """'"Why now?" he asked.': the sentence is only a short source and the cue."""
    st, b, src_end = cue.st, cue.b, cue.source_end
    if not (cue.source_mark < st.first and st.index > 0 and 0 < src_end - st.first <= 4 and b < st.last
            and st.norm[b] in (".", "!", "?")):
        return NOT_MINE
    content = _quotation_before(cue)
    if content is None:
        return NOT_MINE
    return cue.make((st.first, src_end), content, NAME)


def _source_then_cue(cue: Cue) -> Outcome:
    """", the council said." / ",” the mayor said on Monday.": a short source between the
    last comma or quote and the cue, only time and place after the cue."""
    st, b, norm, j, src_end = cue.st, cue.b, cue.st.norm, cue.source_mark, cue.source_end
    if not (j >= st.first and norm[j] in (",", "”", '"', "'") and 0 < src_end - (j + 1) <= 7):
        return NOT_MINE
    stop = next((k for k in range(b, st.last) if norm[k] == ","), st.last)  # "..., X said, although ..."
    rest = [t for t in norm[b:stop] if t not in (".", "!", "?", ",", '"', "”")]
    before = [t for t in norm[st.first:j] if t[0].isalnum()]
    if not (_plausible_source(cue, j + 1, src_end) and all(t in TRAILING or t in DATE_WORDS for t in rest) and (
            len(before) >= 4 or norm[j] in ("”", '"'))):
        return NOT_MINE
    content_end = trim_closing(st, j)
    if content_end <= st.first:
        return NOT_MINE
    return cue.make((j + 1, src_end), [st.span(st.first, content_end)], NAME)


def _plausible_source(cue: Cue, start: int, end: int) -> bool:
    """Whether tokens [start, end) can be an inverted source: they start with a letter
    and, past one word, neither end in a pronoun (", the deficit he said") nor hold a
    clause word (", the figure given by officials said")."""
    words = cue.st.norm[start:end]
    return cue.st.raw_at(start)[:1].isalpha() and not (
        len(words) > 1 and (words[-1] in PRONOUNS or any(w in CLAUSE_WORDS_IN_SOURCE for w in words)))
