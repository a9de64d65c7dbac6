"""The source: the noun phrase before a cue, found by walking back over the tokens.

Without a parser, the speaker of a cue is the noun phrase that ends before it: back to
punctuation or a clause break, then past what is not the speaker (a closed relative
clause, an appositive that only describes a name, leading adverbials and subordinate
clauses), and trimmed to the name inside ("a region Russia demands" -> "Russia").
``subject`` finds the main clause's subject for cues with no subject of their own
(participles, gerunds after a preposition).
"""

from __future__ import annotations

import re

from ..lexicon import written_lower
from ..vocab import Vocab
from ..wordclass import ADV, parts
from .clause import SUBORDINATORS, Sent, abbreviation_dot, is_cap
from .words import (ADVERBIAL_HEAD, APPOSITIVE_DESCRIPTIONS, AUX, CLAUSE_BREAK, DATE_WORDS, DETERMINERS,
                    FLOATING_QUANTIFIERS, FUNCTION_WORDS, HEAD_PREPOSITIONS, IRREGULAR_PAST, PRENOMINAL, PRONOUNS, RELATIVE_TIME,
                    TIME_WORDS, is_nationality)


def quote_mark(st: Sent, k: int) -> bool:
    """Whether a single-quote token is a quotation mark (an opening ‘ or ', or half of the
    two-apostrophe mark ''), not an apostrophe ("veterans' families", "O'Neill")."""
    if st.norm[k] not in ("'", "‘", "’"):
        return False
    doubled = (k > st.first and st.norm[k - 1] == "'") or (k + 1 < st.last and st.norm[k + 1] == "'")
    return doubled or k == st.first or st.start[k] > st.end[k - 1]


#: The furthest ``np_start`` looks back (sources over 14 tokens are rejected anyway).
NP_REACH = 40


def np_start(st: Sent, end: int, joined: frozenset[str] = frozenset()) -> int:
    """Start of the noun phrase that ends just before token ``end`` (exclusive): back to
    punctuation or a clause break ("and"/"or" only when they join capitalised words, or
    two of the ``joined`` words: "the club's captain and coach"). It looks back at most
    ``NP_REACH`` tokens: no source is that long, and the bound keeps long sentences linear."""
    k = end - 1
    stop = max(st.first, end - NP_REACH)
    if st.norm[k] == ")":  # "Ann M. Hale (D-Ore.) told": step over the parenthesis
        k = _before_parenthesis(st, k)
    while k - 1 >= stop:
        prev = st.norm[k - 1]
        if prev == ")" and _before_parenthesis(st, k - 1) < k - 1:
            k = _before_parenthesis(st, k - 1)  # "Hale (D-Vt.) put out a statement saying"
            continue
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


def _before_parenthesis(st: Sent, close: int) -> int:
    """The token before the "(" that a short parenthesis closing at ``close`` opens with
    (``close`` itself when there is none)."""
    opening = next((i for i in range(close - 1, max(st.first, close - 8) - 1, -1) if st.norm[i] == "("), None)
    return opening - 1 if opening is not None and opening > st.first else close


def _joins_names(st: Sent, k: int, joined: frozenset[str]) -> bool:
    """Whether the "and"/"or" before token ``k`` joins two names ("Smith and Jones") or two
    source words ("captain and coach"), so both are one source."""
    if k - 2 < st.first:
        return False
    if is_cap(st.raw_at(k)) and is_cap(st.raw_at(k - 2)):
        return True
    return st.norm[k] in joined and st.norm[k - 2] in joined


#: Words that lead a time adverbial standing between a speaker and the cue ("Cruz last
#: week said", "Christie, who chairs the team, on Sunday defended").
_TIME_LEADS = frozenset({"on", "last", "this", "next", "early", "late", "in", "at", "earlier", "later"})


def trim_time(st: Sent, start: int, end: int) -> int:
    """End of a source before a time adverbial that ends it ("Cruz last week", "..., on
    Sunday"): at most four tokens are stepped over."""
    k = end
    while k - 1 > start and end - k < 4 and (st.norm[k - 1] in DATE_WORDS or st.norm[k - 1] in TIME_WORDS):
        k -= 1
    if k == end:
        return end
    dated = any(st.norm[i] in DATE_WORDS for i in range(k, end))
    led = k
    while led - 1 > start and end - led < 4 and st.norm[led - 1] in _TIME_LEADS:
        led -= 1
    if st.norm[led - 1] in HEAD_PREPOSITIONS or st.norm[led - 1] in ("from", "of"):
        return end  # "a report from earlier this year": the time qualifies the noun
    return led if led < k or dated else end  # "last week", "on Sunday", "Wednesday"; not "the panel week"


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


def past_relative(st: Sent, start: int, end: int, closed: bool, speakers: frozenset[str] = frozenset()) -> tuple[int, int]:
    """"Aldous, who faces re-election in May, did not respond", "one of the members who
    voted against it, said": the source is the noun phrase before the relative clause,
    not the clause. A relative clause that goes on to the cue with a subject of its own
    ("the donations, which he said were ...", "a test, which critics said was unfair", a
    short noun phrase ending in one of the ``speakers`` words) keeps it. ``closed``:
    a comma stands before the cue ("Exit polls, which Mr. Trump won, showed")."""
    if start - 1 > st.first and st.norm[start - 1] in ("who", "which", "whose") \
            and (closed or not (_opens_subject(st, start) or (end - start <= 5 and st.norm[end - 1] in speakers
                                                              and not _past_verb(st, start)))):
        np_end = start - 2 if st.norm[start - 2] == "," else start - 1
        np_begin = np_start(st, np_end)
        if np_begin < np_end:
            return np_begin, np_end
    return start, end


def _past_verb(st: Sent, k: int) -> bool:
    """A lower-case past tense ("who signed the letter", "who spoke to the paper"): a verb,
    so no subject opens there."""
    return st.raw_at(k).islower() and (st.norm[k].endswith("ed") or st.norm[k] in IRREGULAR_PAST)


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
               or st.norm[k] in APPOSITIVE_DESCRIPTIONS or (st.norm[k] == "of" and a < k < b - 1)
               for k in range(a, b)):
        return False  # "Gov. Tom Reyes of Ohio"
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
    cue (``closed``: "Hale, an adviser said, is calm" is the aide's)."""
    if start - 2 < st.first or st.norm[start - 1] != "," or not closed:
        return start, end
    name_end = start - 1
    name_start = np_start(st, name_end)
    if not name_start < name_end <= name_start + 6 or (name_start > st.first and st.norm[name_start - 1][0].isalnum()):
        return start, end
    if st.norm[start] in ("like", "unlike") and st.norm[name_start] not in ADVERBIAL_HEAD \
            and st.norm[name_start] not in SUBORDINATORS:
        return name_start, name_end  # "Liberal economists, like their conservative colleagues, say"
    if not _written_as_name(st, name_start, name_end, v):
        return start, end
    roles, groups = v.sources.get("role_nouns", ()), v.sources.get("collective", ())
    first = st.norm[start]  # "a professor", "representing 80 people", an age ("69")
    describes = first in ("a", "an") or first.endswith("ing") or first.isdigit() or any(
        st.norm[k] in roles or st.norm[k] in groups or st.norm[k] in APPOSITIVE_DESCRIPTIONS for k in range(start, end))
    only_adverbs = all(st.norm[k] in ADVERBIAL_HEAD or st.norm[k] in AUX or not st.norm[k][0].isalnum()
                       for k in range(start, end))
    if describes or only_adverbs or st.norm[start] in ADVERBIAL_HEAD:  # "Clinton, at a later briefing, said"
        return name_start, name_end
    return start, end


#: Words that open a comma-closed interruption between a speaker and the cue ("Ortiz,
#: during a meeting in Akron, Ohio, said", "Murphy, though, said", "Mitchell, who
#: served as ambassador, said").
_INTERRUPTION = ADVERBIAL_HEAD | SUBORDINATORS | {"who", "whose", "which", "though", "too", "however", "like", "unlike"}


def past_interruptions(st: Sent, end: int, v: Vocab) -> tuple[int, int] | None:
    """The speaker before one or more comma-closed interruptions that end at the comma
    before token ``end`` ("Hale's office, when contacted by the Herald, said", "Murphy,
    though, said"): walking back over segments, each opened by an interruption word or a
    capitalised place that continues one ("..., in Columbus, Ohio,"), to a short name or
    source noun phrase at a clause start. None when there is none. Looks back at most
    ``NP_REACH`` tokens."""
    if end - 1 <= st.first or st.norm[end - 1] != ",":
        return None
    stop = max(st.first, end - NP_REACH)
    commas = [k for k in range(stop, end - 1) if st.norm[k] == ","]
    seg_end, interrupted = end - 1, False
    for comma in reversed(commas):
        seg = comma + 1
        if seg >= seg_end:
            return None
        opener = st.norm[seg] in _INTERRUPTION and not is_cap(st.raw_at(seg))
        place = seg_end - seg <= 3 and all(is_cap(st.raw_at(k)) or st.norm[k] == "." for k in range(seg, seg_end))
        if not opener and not place:
            return None
        interrupted = interrupted or opener
        prev = max(np_start(st, comma), stop)
        if interrupted and prev < comma and comma - prev <= 6 and st.norm[prev] not in _INTERRUPTION \
                and (prev == st.first or not st.norm[prev - 1][0].isalnum()) \
                and (_written_as_name(st, prev, comma, v) or st.norm[_head(st, prev, comma)] in v.source_words):
            return prev, comma
        seg_end = comma
    return None


def _head(st: Sent, start: int, end: int) -> int:
    """The head token of a noun phrase [start, end): the word before its first "of"
    ("Proponents of the new bill"), else its last word."""
    return next((k - 1 for k in range(start + 1, end) if st.norm[k] == "of"), end - 1)


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
        name = comma - i == 1 and i == st.first and not written_lower(st.doc, head)  # "Twitter, at the time, put"
        of_time = any(norm[k] in TIME_WORDS or norm[k] in RELATIVE_TIME for k in range(i + 1, comma))
        short = comma - i <= 4 and not segment_caps and head not in PRONOUNS and not name \
            and (of_time or (comma - i == 1 and head not in DETERMINERS))  # "Meanwhile,", "A few minutes later,"
        # "Shortly after the announcement,", "Soon before the vote,": an adverb heading a
        # preposition or subordinator is an adverbial like the preposition alone
        modified = parts(head) == ADV and i + 1 < comma and (norm[i + 1] in ADVERBIAL_HEAD or norm[i + 1] in SUBORDINATORS)
        if head in ADVERBIAL_HEAD or head in SUBORDINATORS or short or modified:
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


def cut_at_verb(st: Sent, start: int, end: int) -> int:
    """End of a source before a verb with an object inside it: "His office released a
    statement saying", "A poll released this week found": the speaker is the noun phrase
    before the verb. A participle with a preposition qualifies the noun and stays ("records
    published by the council")."""
    raw = [st.raw_at(k) for k in range(start, end)]
    norm = st.norm[start:end]
    return next((start + i for i in range(1, len(norm)) if verb_at(raw, norm, i, objects_only=True)), end)


def verb_at(raw: list[str], norm: list[str], i: int, objects_only: bool = False) -> bool:
    """Whether token ``i`` of a phrase is a past-tense verb: a lower-case -ed word with
    a determiner ("issued an", "released this") or, unless ``objects_only``, a
    preposition after it ("voted against")."""
    if not (raw[i].islower() and norm[i].endswith("ed") and i + 1 < len(norm)):
        return False
    return norm[i + 1] in DETERMINERS or (not objects_only and (
        norm[i + 1] in HEAD_PREPOSITIONS or norm[i + 1] in ADVERBIAL_HEAD))
