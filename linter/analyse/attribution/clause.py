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
from .words import (ABBREVIATIONS, ADJECTIVAL_PARTICIPLES, ADVERBIAL_HEAD, APPOSITIVE_DESCRIPTIONS, AUX, BE,
                    CLAIMED_THINGS, CLAUSE_BREAK, DATE_WORDS, DETERMINERS, FINITE, FLOATING_QUANTIFIERS, FUNCTION_WORDS,
                    PARTICIPLES, PASSIVE_ADVERBS, PHRASAL_PARTICLES, PRENOMINAL, PRONOUNS, TIME_WORDS, is_nationality)

#: Subordinating conjunctions: a clause they open is not the sentence's subject, and
#: one leading a source span is not part of it ("as police have said").
SUBORDINATORS = CLAUSE_BREAK - {"and", "or", "but", "so", "that", "which", "who", "whom", "whose", ";", ":", "—", "–"}
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


def abbreviation_dot(st: Sent, k: int) -> bool:
    """A full stop inside an abbreviation or after an initial ("U.S. Geological Survey",
    "Sen. Bexley", "Harry M. Reid"): not the end of a phrase."""
    if st.norm[k] != "." or k <= st.first:
        return False
    if k + 1 < st.last and st.start[k + 1] == st.end[k] and st.norm[k + 1][0].isalpha():
        return True  # "U.S": no space after the stop
    prev = st.raw_at(k - 1)
    return (len(prev) == 1 and prev.isupper()) or st.norm[k - 1] in ABBREVIATIONS


def phrase_end(st: Sent, b: int) -> int:
    """End (exclusive) of the phrase starting at token ``b``: the next stop or the sentence end."""
    end = b
    while end < st.last and (st.norm[end] not in PHRASE_STOPS or abbreviation_dot(st, end)):
        end += 1
    return end


def clause_follows(st: Sent, b: int, end: int) -> bool:
    """Whether tokens [b, end) after a cue hold a clause ("the plan was late", "he would
    go", "that ..."), not only a noun object or a tail of time and place ("a second from
    the penalty spot", "reporters after the meeting")."""
    return any(st.norm[k] in FINITE or st.norm[k] == "that" for k in range(b, end))


def plain_object(st: Sent, b: int) -> bool:
    """A plain noun object after a cue: no clause, quotation or colon opens there
    ("found ways to press his agenda", "added a second goal")."""
    if b >= st.last or st.norm[b] in (":", "“", '"', "'", "‘", ",", "whether", "how", "why", "what", "if"):
        return False
    end = b
    while end < st.last and st.norm[end] not in (",", ";", ".", ":", "—", "–", "!", "?", "“", '"'):
        end += 1
    if end < st.last and st.norm[end] == ":":
        return False  # "revealed a few facts: “...”": the colon opens what was revealed
    return not clause_follows(st, b, end)


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


def quote_mark(st: Sent, k: int) -> bool:
    """Whether a single-quote token is a quotation mark (an opening ‘ or ', or half of the
    two-apostrophe mark ''), not an apostrophe ("veterans' families", "O'Neill")."""
    if st.norm[k] not in ("'", "‘", "’"):
        return False
    doubled = (k > st.first and st.norm[k - 1] == "'") or (k + 1 < st.last and st.norm[k + 1] == "'")
    return doubled or k == st.first or st.start[k] > st.end[k - 1]


def np_start(st: Sent, end: int, joined: frozenset[str] = frozenset()) -> int:
    """Start of the noun phrase that ends just before token ``end`` (exclusive): back to
    punctuation or a clause break ("and"/"or" only when they join capitalised words, or
    two of the ``joined`` words: "the club's captain and coach")."""
    k = end - 1
    if st.norm[k] == ")":  # "Harry M. Reid (D-Nev.) told": step over the parenthesis
        opening = next((i for i in range(k - 1, max(st.first, k - 8) - 1, -1) if st.norm[i] == "("), None)
        if opening is not None and opening > st.first:
            k = opening - 1
    while k - 1 >= st.first:
        prev = st.norm[k - 1]
        if prev in (",", ".", ";", ":", "(", "—", "–", "“", '"', "”") or quote_mark(st, k - 1):
            if prev == "." and abbreviation_dot(st, k - 1):
                k -= 1  # an initial or an abbreviation: "Harry M. Reid", "Sen. Bexley"
                continue
            break
        if prev in ("and", "or") and not _joins_names(st, k, joined):
            break
        if prev in CLAUSE_BREAK and prev not in ("and", "or"):
            break
        k -= 1
    return k


def _joins_names(st: Sent, k: int, joined: frozenset[str]) -> bool:
    """Whether the "and"/"or" before token ``k`` joins two names ("Smith and Jones") or two
    source words ("captain and coach"), so both are one source."""
    if k - 2 < st.first:
        return False
    if is_cap(st.raw_at(k)) and is_cap(st.raw_at(k - 2)):
        return True
    return st.norm[k] in joined and st.norm[k - 2] in joined


def trim_floating_quantifier(st: Sent, start: int, end: int) -> int:
    """End of a source without a quantifier floated after it ("the captain and coach
    both praised": the source is "the captain and coach")."""
    while end - 2 >= start and st.norm[end - 1] in FLOATING_QUANTIFIERS and st.norm[end - 2][0].isalnum() \
            and st.norm[end - 2] not in DETERMINERS and st.norm[end - 2] not in CLAUSE_BREAK:
        end -= 1
    return end


def trim_to_name(st: Sent, start: int, end: int, v: Vocab) -> int:
    """"a region Russia demands" -> "Russia": a name after a plain lower-case noun is a
    new subject (a reduced relative clause), not part of that noun's phrase."""
    k = end
    while k - 1 >= start and is_cap(st.raw_at(k - 1)):
        k -= 1
    if start < k < end and k - 1 >= start:
        before = st.norm[k - 1]
        if before[0].isalpha() and before not in DETERMINERS and before not in PRENOMINAL \
                and before not in v.sources.get("role_nouns", ()) and before not in APPOSITIVE_DESCRIPTIONS \
                and before not in ADVERBIAL_HEAD \
                and not is_nationality(st.raw_at(k - 1)) and before not in ("of", "and", "'s"):
            return k
    return start


def past_relative(st: Sent, start: int, end: int, closed: bool) -> tuple[int, int]:
    """"Aldous, who faces re-election in May, did not respond", "one of the members who
    voted against it, said": the source is the noun phrase before the relative clause,
    not the clause. A relative clause that goes on to the cue with a subject of its own
    ("the donations, which he said were ...") keeps it: "he" is the speaker. ``closed``:
    a comma stands before the cue ("Exit polls, which Mr. Trump won, showed")."""
    if start - 1 > st.first and st.norm[start - 1] in ("who", "which", "whose") \
            and (closed or not _opens_subject(st, start)):
        np_end = start - 2 if st.norm[start - 2] == "," else start - 1
        np_begin = np_start(st, np_end)
        if np_begin < np_end:
            return np_begin, np_end
    return start, end


def _opens_subject(st: Sent, k: int) -> bool:
    """Whether token ``k`` opens a noun phrase (a pronoun, a determiner or a name)."""
    return st.norm[k] in PRONOUNS or st.norm[k] in DETERMINERS or is_cap(st.raw_at(k))


def _name_word(st: Sent, k: int, v: Vocab) -> bool:
    """Whether token ``k`` is written as part of a name: capitalised, and not a common
    word capitalised only because it starts the sentence ("Last week", "Officials")."""
    word = st.norm[k]
    return is_cap(st.raw_at(k)) and word not in DETERMINERS and word not in v.source_words and word not in AUX \
        and word not in ADVERBIAL_HEAD and word not in TIME_WORDS and word not in DATE_WORDS \
        and word not in CLAUSE_BREAK and word not in FUNCTION_WORDS


def _written_as_name(st: Sent, a: int, b: int, v: Vocab) -> bool:
    """Whether tokens [a, b) are a name as written: capitalised words, initials, titles
    and role words only ("Gen. Harold Finch", "Council member Dale Prewitt"), with a
    name word past the sentence's first word, or a first word the article also
    capitalises mid-sentence ("Sexton")."""
    roles = v.sources.get("role_nouns", ())
    if not all(is_cap(st.raw_at(k)) or st.norm[k] in (".", "'s", "-") or st.norm[k] in roles
               or st.norm[k] in APPOSITIVE_DESCRIPTIONS for k in range(a, b)):
        return False
    names = [k for k in range(a, b) if _name_word(st, k, v)]
    if not names:
        return False
    if any(k != st.first for k in names):
        return True
    raw = st.raw_at(names[0])
    return re.search(rf"[a-z,] {re.escape(raw)}\b", st.text) is not None


def past_appositive(st: Sent, start: int, end: int, v: Vocab, closed: bool) -> tuple[int, int]:
    """"Janet Ulrich, president of the business association, said": the speaker is the
    name before the appositive (the appositive only describes them). Also "Trump,
    however, said". The name must be written as one, not a leading adverbial ("In
    Washington, the president said"), and the appositive closed by a comma before the
    cue (``closed``: "Clinton, a top aide said, is confident" is the aide's)."""
    if start - 2 < st.first or st.norm[start - 1] != "," or not closed:
        return start, end
    name_end = start - 1
    name_start = np_start(st, name_end)
    if not name_start < name_end <= name_start + 6 or not _written_as_name(st, name_start, name_end, v) \
            or (name_start > st.first and st.norm[name_start - 1][0].isalnum()):
        return start, end
    roles, groups = v.sources.get("role_nouns", ()), v.sources.get("collective", ())
    describes = any(st.norm[k] in roles or st.norm[k] in groups or st.norm[k] in APPOSITIVE_DESCRIPTIONS
                    for k in range(start, end))
    only_adverbs = all(st.norm[k] in ADVERBIAL_HEAD or st.norm[k] in AUX or not st.norm[k][0].isalnum()
                       for k in range(start, end))
    if describes or only_adverbs:
        return name_start, name_end
    return start, end


def skip_adverbials(st: Sent, start: int, end: int) -> int:
    """Move past comma-closed leading adverbials and subordinate clauses that are not part
    of the source ("Despite this,", "In February 2025,", "Last week,", "If he wins,")."""
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
        if head in ADVERBIAL_HEAD or head in SUBORDINATORS or short:
            i = comma + 1  # "In February,", "Although Bloomberg is not a candidate,"
            continue
        return i


def subject(st: Sent) -> tuple[int, int] | None:
    """The main clause's subject: the first noun phrase after leading adverbials."""
    i = skip_adverbials(st, st.first, st.last)
    j = i
    while j < st.last and st.norm[j] not in AUX and st.norm[j] not in (",", ";") and j - i < 8 \
            and (st.norm[j] != "." or abbreviation_dot(st, j)):
        tok = st.raw_at(j)
        if j > i and not is_cap(tok) and st.norm[j] != "'s" and (st.norm[j].endswith("ed") or (
                st.norm[j - 1] not in DETERMINERS and not is_cap(st.raw_at(j - 1)))):
            break  # "Democrats attacked ...": a past tense ends the subject
        j += 1
    return (i, j) if j > i else None


# --- the content: what follows the cue ---------------------------------------------------


def complement(st: Sent, b: int) -> list[tuple[int, int]]:
    """Content after a cue: to the end of the sentence, but not a trailing contrast clause."""
    i = b
    if i < st.last and st.norm[i] in ("that", ":", ","):
        i += 1
    if not any(st.norm[k][0].isalnum() for k in range(i, st.last)):
        return []
    s, e = st.start[i], st.end[st.last - 1]
    m = _COMPLEMENT_STOP.search(st.text, s, e)
    if m:
        e = m.start()
    return [(s, e)] if e > s else []
