"""Inverted order: the content comes first and the cue closes it.

Four constructions, tried in this order:

- "“We will rebuild,” said Mayor Ana Ruiz." with the quotation split off as a sentence
  of its own: the cue opens the sentence and the quotation before it is the content.
- "..., said the mayor." / ",” said Ana Ruiz": the cue right after a comma or closing
  quote, a short source after it to the end of the sentence.
- '"Why now?" he asked.' / '“Liar!” Trump tweeted on Monday.': a short source before the
  cue, right after a quotation that the sentence splitter cut off at its own stop.
- "The bridge will reopen in May, the council said." (", SOURCE said"): a short source
  between a comma or quote and the cue, with nothing but a tail after the cue: time,
  place, medium or addressee ("told reporters after the meeting", "wrote Thursday on its
  website"), no clause. A negated cue (", although the board has not commented") frames
  nothing, and an inverted source is a noun phrase (no verb, no conjunction opening it).

A quotation that opened in an earlier sentence is the content from its opening mark
("“We saw water. It was devastating,” the chair said"); one that opened mid-sentence is
the content alone ("asserted that X: “Y,” he claimed": Y is what he claimed).

Each yields an "inverted" frame, whose content is reported speech whatever the cue.
A construction that is there decides even when its source names no one.
"""

from __future__ import annotations

from ..clause import SUBORDINATORS, Sent, abbreviation_dot, clause_follows, complement, is_cap, phrase_end, trim_closing
from ..phrase import np_start, quote_mark, trim_time
from ...vocab import vocab
from ...wordclass import closed
from ..words import (ADDRESSEE_CUES, CLAUSE_BREAK, CLAUSE_WORDS_IN_SOURCE, COUNTS, DATE_WORDS, DETERMINERS, FINITE, HEAD_PREPOSITIONS,
                     PRONOUNS,
                     TAIL_STARTS, TRAILING)
from .base import NOT_MINE, Cue, Example, Outcome, characterises

NAME = "inverted"

#: Cues that name their addressee after them ("told the programme") or the one they charge
#: ("..., accused the committee of sabotage", "..., blamed the council for"): never inverted.
_ADDRESSED = frozenset({"told", "tells", "telling", "accused", "accuses", "blamed", "blames", "branded", "brands"})
#: Negation between source and cue: "has not commented" reports nothing said.
_NEGATION = frozenset({"not", "n't", "never", "didn't", "doesn't", "don't", "hasn't", "haven't"})

EXAMPLES = [
    Example("“The ferry will run again by June,” said Harbour Master Li Wei.", "Harbour Master Li Wei", "said", NAME),
    Example("The levy will fall next year, the Treasury said on Tuesday.", "the Treasury", "said", NAME),
    Example("Prices will not come down soon, warned Governor Ellis.", "Governor Ellis", "warned", NAME),
    Example("Nobody expected the vote. “It was a shock.” said Councillor Hana Sato.",
            "Councillor Hana Sato", "said", NAME),
    Example("“Who pays for this?” she asked.", "she", "asked", NAME),
    Example("“We will appeal the ruling,” added Rep. Jo Marsh (D-Ohio), the caucus whip.", "Rep. Jo Marsh", "added",
            NAME),
    Example("The ferry will resume next month, the operator wrote on Thursday on its website.", "the operator", "wrote",
            NAME),
    Example("It was a long night. “Nobody slept!” the mayor texted a colleague after midnight.", "the mayor", "texted",
            NAME),
    Example("Like the cuts last year, Councillor Ray Okafor said, the new fares will hurt the villages.",
            "Councillor Ray Okafor", "said", NAME),
    # a charge after the object is the content, not a tail: the normal order's frame
    Example("In her speech at the depot on Friday, Councillor Ama Boateng accused the Regional Transit Board of "
            "starving the valley lines.", "Councillor Ama Boateng", "accused", "characterisation"),
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
    """"“... let us all down.” said Rosa Lindqvist": the cue opens the sentence."""
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
    if norm[b] == "to":
        return NOT_MINE  # "Mayor Folds On Fares, Agrees To Freeze Prices": an infinitive, never a source
    if b < tail and st.raw_at(b).islower() and norm[b] in HEAD_PREPOSITIONS and norm[a - 1] == ",":
        return _named_before(cue)  # '"...," the spokesman, Josh Earnest, said on Tuesday.'
    end = phrase_end(st, b)
    paren = next((k for k in range(b + 1, end) if norm[k] == "("), end)  # "Rep. Ann Hale (D-Ore.)"
    size = sum(1 for k in range(b, paren) if not abbreviation_dot(st, k))
    if size > 8 and _name_with_affiliation(st, b, paren):
        size = 8  # "said Ruth Okafor of Kingsbridge University's Institute for Coastal Policy"
    if not (b < tail and b < end and size <= 8 and (end >= tail - 1 or norm[end] in (".", ","))) \
            or norm[a] in _ADDRESSED or clause_follows(st, b, paren) or _interrupted_subject(st, a) \
            or _past_tense(st, b, paren) \
            or any(norm[k] in ('“', '”', '"') or quote_mark(st, k) for k in range(b, paren)):
        return NOT_MINE  # ", said the closure was wrong": a clause follows, not a source
    named_inside = any(is_cap(st.raw_at(k)) for k in range(b, end))
    if not (is_cap(st.raw_at(b)) or norm[b] in DETERMINERS or norm[b] in COUNTS or named_inside):
        return NOT_MINE
    content_end = trim_closing(st, a - 1)
    content = _content_before(st, content_end) if content_end > st.first else []
    return cue.make((b, trim_time(st, b, paren)), content, NAME)  # "said Mayor Ann Hale on Monday"


#: Lower-case words a name with its affiliation may hold ("of the Center for ...").
_AFFILIATION_LINKS = frozenset({"of", "the", "for", "on", "at", "and", "'s", "’s", "&", "de"})


def _name_with_affiliation(st: Sent, b: int, end: int) -> bool:
    """A name and the body it belongs to, every word a capitalised one or a link ("Ruth
    Okafor of Kingsbridge University's Institute for Coastal Policy"): a source however
    long, never a clause; at most 16 tokens, with a name of two capitalised words first."""
    if end - b > 16 or end - b < 3 or not (is_cap(st.raw_at(b)) and is_cap(st.raw_at(b + 1))):
        return False
    return all(is_cap(st.raw_at(k)) or st.norm[k] in _AFFILIATION_LINKS or abbreviation_dot(st, k)
               for k in range(b, end))


def _named_before(cue: Cue) -> Outcome:
    """'"...," the spokesman, Josh Earnest, said on Tuesday.': a time follows the cue, so
    the speaker is the name closed by the comma before it, after a quotation."""
    st, a = cue.st, cue.a
    name_start = np_start(st, a - 1)
    quote = next((k for k in range(name_start - 1, max(st.first, name_start - 12) - 1, -1)
                  if st.norm[k] in ("”", '"') or quote_mark(st, k)), None)
    if quote is None or not 0 < a - 1 - name_start <= 7:
        return NOT_MINE
    content_end = trim_closing(st, quote + 1)
    return cue.make((name_start, a - 1), _content_before(st, content_end), NAME) if content_end > st.first else None


def _past_tense(st: Sent, b: int, end: int) -> bool:
    """A past-tense verb after the cue (", said the family deserved better"): a clause,
    not a source. An -ed word after a determiner or an -ly adverb is an adjective ("the
    newly elected mayor")."""
    def adverb(k: int) -> bool:  # "newly", not "the family"
        return st.norm[k].endswith("ly") and st.norm[k - 1] not in DETERMINERS
    return any(st.raw_at(k).islower() and st.norm[k].endswith("ed") and k > b
               and st.norm[k - 1] not in DETERMINERS and not adverb(k - 1) for k in range(b, end))


def _interrupted_subject(st: Sent, a: int) -> bool:
    """"Hale, who has watched her lead shrink, challenged Ortiz": the comma before the cue
    closes an aside after the sentence's subject, so the cue is in normal order."""
    first_comma = next((k for k in range(st.first, min(a - 1, st.first + 5)) if st.norm[k] == ","), None)
    if first_comma is None or not 1 <= first_comma - st.first <= 4 or st.norm[st.first] in CLAUSE_BREAK:
        return False  # "Although Mr Lund, 24, managed ...": a subordinate clause, not the subject
    return all(is_cap(st.raw_at(k)) or st.norm[k] in (".", "'s") for k in range(st.first, first_comma))


def _short_source_after_split_quote(cue: Cue) -> Outcome:
    """'"Why now?" he asked.': the sentence is only a short source and the cue."""
    st, b, src_end = cue.st, cue.b, cue.source_end
    if not (cue.source_mark < st.first and st.index > 0 and 0 < src_end - st.first <= 4 and b < st.last):
        return NOT_MINE
    stop = next((k for k in range(b, st.last) if st.norm[k] == ","), st.last)
    if not (st.norm[b] in (".", "!", "?") or _tail_only(st, b, stop)) or _that_after_asides(st, stop):
        return NOT_MINE  # "She has told friends since May, at dinners, that ...": the cue's own clause follows
    content = _quotation_before(cue)
    if content is None:
        return NOT_MINE
    return cue.make((st.first, src_end), content, NAME)


def _source_then_cue(cue: Cue) -> Outcome:
    """", the council said." / ",” the mayor said on Monday.": a short source between the
    last comma or quote and the cue, only time and place after the cue."""
    st, b, norm, j, src_end = cue.st, cue.b, cue.st.norm, cue.source_mark, cue.source_end
    if not (j >= st.first and norm[j] in (",", "”", '"', "'") and 0 < _size(st, j + 1, src_end) <= 7):
        return NOT_MINE
    closing = norm[j] in ("”", '"') or quote_mark(st, j)  # "''It's humiliating,'' Mr. Kemble said."
    if _content_follows(st, b) or characterises(cue):
        # "when asked, he said, “I hope not.”": what he said comes after the cue; "In her
        # speech, Councillor Boateng accused the board of neglect": a charge follows, not a tail
        return NOT_MINE
    # "..., X said, although ...", '"...," she said - and charged', "..., X say; in 2012 ...": the tail ends there
    stop = next((k for k in range(b, st.last) if norm[k] in (",", ";", "—", "–", "-")), st.last)
    if not (_plausible_source(cue, j + 1, src_end) and _tail_only(st, b, stop)
            and (closing or sum(1 for t in norm[st.first:j] if t[0].isalnum()) >= 4)):  # words before: counted last
        return NOT_MINE
    content_end = trim_closing(st, j)
    if content_end <= st.first or any(t in _NEGATION for t in norm[src_end:cue.a]):
        return NOT_MINE  # ", although the board has not commented": nothing said about what came before
    start = j + 2 if norm[j + 1] == "as" else j + 1  # ", as police have said"
    if j - 1 > st.first and (norm[j - 1] in SUBORDINATORS or norm[j - 1] in ("that", "and", "but")) \
            and b < st.last and norm[b] == ",":
        # "blasted him because, he said, the senator failed": the aside opens the clause it
        # reports; the words before the subordinator are the writer's
        return cue.make((start, src_end), complement(st, b), NAME)
    if _fronted_phrase(st, j) and b + 1 < st.last and norm[b] == "," and norm[b + 1] not in SUBORDINATORS \
            and norm[b + 1] not in ("and", "but", "or") and clause_follows(st, b + 1, st.last):
        # "Like his remarks on the depot, Ms. Hale said, the mayor's jabs were unacceptable":
        # the aside sits inside the sentence it reports, after a fronted phrase
        return cue.make((start, src_end), _content_before(st, content_end) + complement(st, b), NAME)
    return cue.make((start, src_end), _content_before(st, content_end), NAME)


def _fronted_phrase(st: Sent, j: int) -> bool:
    """Whether the words before the comma at ``j`` are a phrase opened by a preposition,
    with no verb of their own ("Like his remarks on the depot", "In the end"), not a clause."""
    return st.norm[st.first] in closed()["prepositions"] and not any(
        st.norm[k] in FINITE or (st.norm[k].endswith("ed") and st.raw_at(k).islower()) for k in range(st.first, j))


def _size(st: Sent, start: int, end: int) -> int:
    """Tokens in [start, end), less abbreviation stops and a closing party label
    ("Rep. Jon Mica (R-Fla.)" is three words long)."""
    norm = st.norm
    if end - 1 > start and norm[end - 1] == ")":
        end = next((k for k in range(end - 2, max(start, end - 8) - 1, -1) if norm[k] == "("), end)
    size, k = end - start, start
    while True:  # only a stop can be an abbreviation's: each found by a C-level search
        try:
            k = norm.index(".", k, end)
        except ValueError:
            return size
        size -= abbreviation_dot(st, k)
        k += 1


def _content_before(st: Sent, end: int) -> list[tuple[int, int]]:
    """The content before an inverted cue, up to token ``end``: the whole sentence, or the
    quotation that closes there. A quotation that opened in an earlier sentence ("“We saw
    water. It was devastating,” the chair said") is content from its opening mark; one
    that opened mid-sentence ("asserted that X: “Y,” he claimed") is the content alone."""
    s, e = st.start[st.first], st.end[end - 1]
    closing = st.end[end] if end < st.last and st.norm[end] in ("”", '"', "'") else e
    q = st.doc.quote_at(closing - 1, closing)
    if q is not None and q.end >= e and q.start != s and not _completes_clause(st, q.start, end):
        return [(q.start, max(q.end, e))]
    return [(s, max(q.end, e) if q is not None and q.start >= s else e)]


def _completes_clause(st: Sent, mark: int, end: int) -> bool:
    """Whether a quotation that opened mid-sentence finishes the sentence's own clause
    ("Her plan may be “reckless,” said Hale": the paraphrase before the quoted words is
    Hale's too), rather than following a colon or comma after another clause ("asserted
    that X: “Y,” he claimed")."""
    k = next((i for i in range(st.first, end) if st.start[i] >= mark), None)
    if k is None or k == st.first or st.norm[k - 1] in (":", ";", ",", "—", "–", "-", "("):
        return False
    return not any(True for _ in vocab().cues.matches(st.norm, st.first, k))  # "X asserted that ... “Y,” he said"


def _content_follows(st: Sent, b: int) -> bool:
    """A comma or colon and a quotation right after the cue: the content follows it."""
    return b + 1 < st.last and st.norm[b] in (",", ":") and (st.norm[b + 1] in ("“", '"') or quote_mark(st, b + 1))


def _that_after_asides(st: Sent, stop: int) -> bool:
    """Whether a "that" opens a clause after a comma from ``stop`` on ("told friends
    since May, at dinners and in private, that she was worried"): the asides end and the
    cue's own content follows, so the words before the cue are no source of an earlier quotation."""
    return any(st.norm[k] == "that" and st.norm[k - 1] == "," for k in range(stop + 1, st.last))


def _tail_only(st: Sent, b: int, stop: int) -> bool:
    """Whether the words after an inverted cue, up to ``stop``, only say when, where, to
    whom or in what medium ("on Monday", "reporters after the meeting", "Thursday on a
    website", "in a letter to the council"): no clause, so the cue closes the sentence."""
    rest: list[int] = []
    plain = True  # every word so far says when or where
    for k in range(b, stop):  # stops early: a tail of more than ten words is a clause
        word = st.norm[k]
        if word in (".", "!", "?", ",", '"', "”"):
            continue
        rest.append(k)
        plain = plain and (word in TRAILING or word in DATE_WORDS)
        if not plain and len(rest) > 10:
            return False
    if plain:
        return True
    first = st.norm[rest[0]]
    opens_tail = first in TRAILING or first in DATE_WORDS or first in TAIL_STARTS or first[0].isdigit() \
        or st.norm[b - 1] in ADDRESSEE_CUES
    return opens_tail and len(rest) <= 10 and not clause_follows(st, b, stop) and not any(
        st.norm[k] in ("“", '"') or quote_mark(st, k) for k in rest)


def _plausible_source(cue: Cue, start: int, end: int) -> bool:
    """Whether tokens [start, end) can be an inverted source: they start with a letter
    and, past one word, neither end in a pronoun (", the deficit he said") nor hold a
    clause word or a verb (", the figure given by officials said", ", it was a reply
    to a post Hale wrote", ", the sheriff's office said deputies responded")."""
    words = cue.st.norm[start:end]
    if words[0] in ("who", "which", "that", "whom", "whose"):
        return False  # "..., who declined to comment": a relative clause, not an inverted source
    if cue.st.raw_at(start).islower() and (words[0] in HEAD_PREPOSITIONS or words[0] in ("last", "this")):
        return False  # "X, who chairs it, on Sunday defended": a time, not an inverted source
    reports = any(m.payload[1] == "verb" for m in cue.v.cues.matches(cue.st.norm, start, end))
    return cue.st.raw_at(start)[:1].isalpha() and not reports and not (len(words) > 1 and (
        words[-1] in PRONOUNS or any(w in CLAUSE_WORDS_IN_SOURCE or w in FINITE for w in words)))
