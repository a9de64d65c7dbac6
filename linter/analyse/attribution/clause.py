"""The token view of a sentence and the clause helpers the attribution patterns share.

There is no parser: a source is found by walking the token array from the cue over
function words (auxiliaries, adverbials, determiners) to a clause boundary, and the
content is what follows the cue up to where the writer's own words begin. Token
norms are lower case with curly apostrophes straightened, so "’s" is tested as "'s".
"""

from __future__ import annotations

import re

from ...model.doc import Doc, Frame
from ..vocab import Vocab
from .words import (ADJECTIVAL_PARTICIPLES, ADVERBIAL_HEAD, AUX, BE, CLAIMED_THINGS, CLAUSE_BREAK, DETERMINERS,
                    NATIONALITY, PARTICIPLES, PASSIVE_ADVERBS, PHRASAL_PARTICLES, PRENOMINAL, PRONOUNS, TIME_WORDS)

#: Punctuation that ends the phrase after a cue ("said the mayor, who ...").
PHRASE_STOPS = frozenset({",", ".", ";", ":", "!", "?"})
#: Closing marks between reported content and an inverted cue (",” said").
CLOSING = frozenset({",", "”", '"'})
#: Where a writer's own addition begins after reported content: a contrast clause, or an
#: appositive that characterises the statement (", a narrative complicated by ...").
_COMPLEMENT_STOP = re.compile(
    r",\s*(?:despite|even as|even though|although|though|whereas|in spite of)\b"
    r"|,\s*(?:a|an|the)\s+(?:\w+\s+)?(?:narrative|claim|move|assertion|view|position|stance|contention|"
    r"characteri[sz]ation|account|version|argument|statement|assessment|figure|estimate)\s+"
    r"(?:complicated|undermined|contradicted|belied|challenged|disputed|that|which|at odds)\b", re.I)


def is_cap(tok: str) -> bool:
    return tok[:1].isupper()


class Sent:
    """Token view of one sentence: raw tokens, norms, offsets, quote mask."""

    def __init__(self, doc: Doc, index: int) -> None:
        s = doc.sentences[index]
        self.doc = doc
        self.index = index
        self.first, self.last = s.first, s.last
        self.norm = doc.tok_norm
        self.start = doc.tok_start
        self.end = doc.tok_end
        self.text = doc.text
        self.lower_text = doc.lower_text

    def raw_at(self, i: int) -> str:
        return self.text[self.start[i]:self.end[i]]

    def in_quote(self, i: int) -> bool:
        return self.doc.quote_at(self.start[i], self.end[i]) is not None

    def span(self, a: int, b: int) -> tuple[int, int]:
        """Text offsets of the token range [a, b)."""
        return self.doc.span(a, b)


# --- is this cue reporting anything? ------------------------------------------------------


def is_participle(word: str) -> bool:
    """A past participle of a cue verb ("reported", "told")."""
    return word.endswith("ed") or word in PARTICIPLES


def not_reporting(st: Sent, a: int, b: int) -> bool:
    """Senses of cue verbs that report nothing: "adds to", "called off", "was admitted to
    hospital" (a passive has no speaker), "only time will tell" (no one told anything)."""
    nxt = st.norm[b] if b < st.last else ""
    word = st.norm[a]
    k = a - 1
    while k >= st.first and st.norm[k] in PASSIVE_ADVERBS:
        k -= 1
    if k >= st.first and st.norm[k] in BE and is_participle(word):
        return True
    if word in ("tell", "tells", "told") and nxt in ("", ".", ",", "!", "?"):
        return True
    prev = st.norm[a - 1] if a > st.first else ""
    if word in ADJECTIVAL_PARTICIPLES and (prev in PRENOMINAL or prev in ("and", "or", "of", ",", "an")):
        return True  # an adjective before a noun: "his alleged sabotage", "the reported deal"
    if word.startswith("claim") and (nxt in CLAIMED_THINGS or _territorial(st, b)):
        return True  # claimed responsibility, claimed the title, "claiming parts of X as its own"
    # "adds to", "called off": a phrasal verb that reports nothing
    return any(word.startswith(verb) and nxt in particles for verb, particles in PHRASAL_PARTICLES.items())


def _territorial(st: Sent, b: int) -> bool:
    """"claiming parts of X as its own": a claim to territory, not a statement."""
    tail = " ".join(st.norm[b:min(st.last, b + 14)])
    return " as its own" in f" {tail}" or " as their own" in f" {tail}"


def passive(norm: list[str], src_end: int, cue: int) -> bool:
    """A form of "be" between subject and a participle cue: a passive ("is estimated",
    "were told"), whose subject is not the speaker."""
    return is_participle(norm[cue]) and any(t in BE for t in norm[src_end:cue])


# --- positions around a cue -----------------------------------------------------------------


def phrase_end(st: Sent, b: int) -> int:
    """End (exclusive) of the phrase starting at token ``b``: the next stop or the sentence end."""
    end = b
    while end < st.last and st.norm[end] not in PHRASE_STOPS:
        end += 1
    return end


def subject_end(st: Sent, cue: int) -> int:
    """End (exclusive) of the subject before a cue: back over auxiliaries and adverbs
    ("the minister has also said")."""
    k = cue - 1
    while k >= st.first and st.norm[k] in AUX:
        k -= 1
    return k + 1


def mark_before(st: Sent, end: int) -> int:
    """The last comma, quote mark or clause punctuation before token ``end`` (first - 1
    when there is none): where a short inverted source ("..., the mayor said") begins."""
    j = end - 1
    while j >= st.first and st.norm[j] not in (",", "”", '"', "'", ";", ":", "—"):
        j -= 1
    return j


def trim_closing(st: Sent, end: int) -> int:
    """Step back over the commas and closing quotes that end reported content."""
    while end > st.first and st.norm[end - 1] in CLOSING:
        end -= 1
    return end


def clip(frame: Frame, at: int) -> None:
    """End a frame's content before a later cue that starts a new report by the same
    speaker ("admitted X, and insisted Y": Y is not part of what was admitted)."""
    frame.content = [(s, min(e, at)) for s, e in frame.content if s < at]


# --- the source: a noun phrase before the cue ----------------------------------------------


def np_start(st: Sent, end: int) -> int:
    """Start of the noun phrase that ends just before token ``end`` (exclusive): back to
    punctuation or a clause break ("and"/"or" only when they do not join capitalised words)."""
    k = end - 1
    if st.norm[k] == ")":  # "Harry M. Reid (D-Nev.) told": step over the parenthesis
        opening = next((i for i in range(k - 1, max(st.first, k - 8) - 1, -1) if st.norm[i] == "("), None)
        if opening is not None and opening > st.first:
            k = opening - 1
    while k - 1 >= st.first:
        prev = st.norm[k - 1]
        if prev in (",", ".", ";", ":", "(", "—", "–", "“", '"', "”"):
            if prev == "." and k - 2 >= st.first and len(st.norm[k - 2]) <= 2 and is_cap(st.raw_at(k - 2)):
                k -= 1  # an initial: "Harry M. Reid"
                continue
            break
        if prev in ("and", "or") and not (is_cap(st.raw_at(k)) and k - 2 >= st.first and is_cap(st.raw_at(k - 2))):
            break
        if prev in CLAUSE_BREAK and prev not in ("and", "or"):
            break
        k -= 1
    return k


def trim_to_name(st: Sent, start: int, end: int, v: Vocab) -> int:
    """"a region Russia demands" -> "Russia": a name after a plain lower-case noun is a
    new subject (a reduced relative clause), not part of that noun's phrase."""
    k = end
    while k - 1 >= start and is_cap(st.raw_at(k - 1)):
        k -= 1
    if start < k < end and k - 1 >= start:
        before = st.norm[k - 1]
        if before[0].isalpha() and before not in DETERMINERS and before not in PRENOMINAL \
                and before not in v.sources.get("role_nouns", ()) and before not in ADVERBIAL_HEAD \
                and not NATIONALITY.match(st.raw_at(k - 1)) and before not in ("of", "and", "'s"):
            return k
    return start


def past_relative(st: Sent, start: int, end: int) -> tuple[int, int]:
    """"Aldous, who faces re-election in May, did not respond": the source is the noun
    phrase before the relative clause, not the clause."""
    if start - 2 >= st.first and st.norm[start - 1] in ("who", "which", "whose") and st.norm[start - 2] == ",":
        np_end = start - 2
        np_begin = np_start(st, np_end)
        if np_begin < np_end:
            return np_begin, np_end
    return start, end


def skip_adverbials(st: Sent, start: int, end: int) -> int:
    """Move past comma-closed leading adverbials that are not part of the source
    ("Despite this,", "In February 2025,", "Last week,")."""
    norm = st.norm
    i = start
    while True:
        comma = next((k for k in range(i, end) if norm[k] == ","), None)
        if comma is None:
            return i
        head = norm[i]
        segment_caps = any(is_cap(st.raw_at(k)) for k in range(i + 1, comma))
        short = comma - i <= 2 and not segment_caps and head not in DETERMINERS and head not in PRONOUNS \
            and (comma - i == 1 or st.norm[i + 1] in TIME_WORDS)
        if head in ADVERBIAL_HEAD or short:
            i = comma + 1
            continue
        return i


def subject(st: Sent) -> tuple[int, int] | None:
    """The main clause's subject: the first noun phrase after leading adverbials."""
    i = skip_adverbials(st, st.first, st.last)
    j = i
    while j < st.last and st.norm[j] not in AUX and st.norm[j] not in (",", ".", ";") and j - i < 8:
        tok = st.raw_at(j)
        if j > i and not is_cap(tok) and st.norm[j] != "'s" and st.norm[j - 1] not in DETERMINERS \
                and not is_cap(st.raw_at(j - 1)):
            break
        j += 1
    return (i, j) if j > i else None


# --- the content: what follows the cue ---------------------------------------------------


def complement(st: Sent, b: int) -> list[tuple[int, int]]:
    """Content after a cue: to the end of the sentence, but not a trailing contrast clause."""
    i = b
    if i < st.last and st.norm[i] in ("that", ":"):
        i += 1
    if not any(st.norm[k][0].isalnum() for k in range(i, st.last)):
        return []
    s, e = st.start[i], st.end[st.last - 1]
    m = _COMPLEMENT_STOP.search(st.text, s, e)
    if m:
        e = m.start()
    return [(s, e)] if e > s else []
