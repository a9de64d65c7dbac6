"""The token view of a sentence and the clause helpers the attribution patterns share.

There is no parser: a source is found by walking the token array from the cue over
function words (auxiliaries, adverbials, determiners) to a clause boundary, and the
content is what follows the cue up to where the writer's own words begin. Token
norms are lower case with curly apostrophes straightened, so "’s" is tested as "'s".
"""

from __future__ import annotations

import bisect

from ...model.article import BLOCKQUOTE
from ...model.doc import Doc, Frame
from .words import (ABBREVIATIONS, ADJECTIVAL_PARTICIPLES, ANY_PARTICLE, AUX, BE, CLAIMED_THINGS, CLAUSE_BREAK, FINITE,
                    PARTICIPLES, PASSIVE_ADVERBS, PHRASAL_PARTICLES, PRENOMINAL, UNREPORTED_BEFORE, CONNECTIVES)
from .asides import past_manner, past_medium
from .stops import COMPLEMENT_STOP, complement_stops

#: Subordinating conjunctions: a clause they open is not the sentence's subject, and
#: one leading a source span is not part of it ("as police have said").
SUBORDINATORS = CLAUSE_BREAK - {"and", "or", "but", "so", "that", "which", "who", "whom", "whose", ";", ":", "—", "–"}
#: Punctuation that ends the phrase after a cue ("said the mayor, who ...").
PHRASE_STOPS = frozenset({",", ".", ";", ":", "!", "?"})
#: Closing marks between reported content and an inverted cue (",” said").
CLOSING = frozenset({",", "”", '"'})


class lazy:  # noqa: N801 (a decorator, named like functools.cached_property)
    """``functools.cached_property`` without its lock (Python 3.11 takes a lock on every
    first read; these objects live in one call of one thread): the value is computed on
    first read and kept in the instance's ``__dict__``, which later reads find first."""

    def __init__(self, func) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value


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

    @lazy
    def complement_stops(self) -> list[int]:
        """Where a trailing contrast clause starts (", although ...", ", a claim that ..."),
        for the whole sentence: every match begins at its only comma, so matches never
        overlap and a search from any offset finds the first one at or after it."""
        if self.last <= self.first:
            return []
        return complement_stops(self.text, self.start[self.first], self.end[self.last - 1])

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
    hospital" and ", accused of taking bribes," (a passive has no speaker), "only time
    will tell", "would say" (no one said anything)."""
    nxt = st.norm[b] if b < st.last else ""
    word = st.norm[a]
    if _passive_use(st, a, nxt):
        return True
    if word in ("tell", "tells", "told") and nxt in ("", ".", ",", "!", "?"):
        return True
    if _connective(st, a):
        return True  # "Having said that, ...": the writer's turn, not a report
    if a > st.first and st.norm[a - 1] in UNREPORTED_BEFORE and not word.endswith(("ed", "s", "ing")) \
            and word not in PARTICIPLES:
        return True  # "would you say", "one could say": no statement was made
    prev = st.norm[a - 1] if a > st.first else ""
    if word in ADJECTIVAL_PARTICIPLES and (prev in PRENOMINAL or prev in ("and", "or", "of", ",", "an")):
        return True  # an adjective before a noun: "his alleged sabotage", "the reported deal"
    if prev == "of" and not word.endswith("ing") and word not in ADJECTIVAL_PARTICIPLES:
        return True  # a noun after "of": "the right of reply", "a letter of complaint"
    if word in ("purported", "supposed") and nxt != "to":
        return True  # only "purported to", "supposed to" report: "decades-old purported misconduct"
    if word.startswith("claim") and (nxt in CLAIMED_THINGS and not _clause_subject(st, b) or _territorial(st, b)):
        return True  # claimed responsibility, claimed the title, "claiming parts of X as its own"
    # "adds to", "called off": a phrasal verb that reports nothing
    return nxt in ANY_PARTICLE and any(word.startswith(verb) and nxt in particles
                                       for verb, particles in PHRASAL_PARTICLES.items())


#: Each word of a connective -> the connectives it is in and its place there (a cue asks
#: only the few connectives its own word is in, not every one).
_CONNECTIVE_AT: dict[str, list[tuple[tuple[str, ...], int]]] = {}
for _words in CONNECTIVES:
    for _i, _w in enumerate(_words):
        _CONNECTIVE_AT.setdefault(_w, []).append((_words, _i))


def _connective(st: Sent, a: int) -> bool:
    """Whether the cue word is part of a concessive connective closed by a comma ("Having
    said that,", "That said,")."""
    for words, i in _CONNECTIVE_AT.get(st.norm[a], ()):
        lo = a - i
        if lo >= st.first and lo + len(words) < st.last \
                and tuple(st.norm[lo:lo + len(words)]) == words and st.norm[lo + len(words)] == ",":
            return True
    return False


def _passive_use(st: Sent, a: int, nxt: str) -> bool:
    """A passive ("was admitted to hospital", "is widely seen") or a passive participle
    after a comma ("The mayor, accused of taking bribes, resigned"): no speaker."""
    word = st.norm[a]
    k = a - 1
    while k >= st.first and st.norm[k] in PASSIVE_ADVERBS:
        k -= 1
    if k >= st.first and st.norm[k] in BE and is_participle(word):
        return nxt != "by"  # "was described by the union as ...": the agent speaks (passive_agent)
    return st.norm[a - 1:a] == [","] and word.endswith("ed") and nxt in ("of", "about", "over", "for", "with")


#: Determiners and possessives that may open the subject of a clause after "claimed".
_SUBJECT_OPENERS = frozenset({"the", "a", "an", "his", "her", "their", "its"})
#: Prepositions that carry a noun phrase on past its head ("the lives of", "the seat in").
_LINKS = frozenset({"of", "in", "at", "for", "on", "to", "from", "with", "by", "as", "after", "over"})


def _clause_subject(st: Sent, b: int) -> bool:
    """"claimed the charges were needed", "claims his rival had lied": a short noun phrase
    (the opener and one to three plain words) right before a finite verb is the subject of
    a reported clause, not the thing claimed ("claimed the title", "claimed the lives of
    three people who were ...", "claimed the seat, which was ...")."""
    if b >= st.last or st.norm[b] not in _SUBJECT_OPENERS:
        return False
    for k in range(b + 1, min(st.last, b + 5)):
        word = st.norm[k]
        if word in FINITE:
            return k > b + 1 and st.norm[k - 1] not in CLAIMED_THINGS
        if not word.replace("-", "").replace("’", "").replace("'", "").isalpha():
            return False  # a comma, a number, a quotation mark: no bare subject here
        if word in CLAUSE_BREAK or word in _LINKS:
            return False  # "the lives of ...", "the title which ...": the thing claimed goes on
    return False


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
    ("found ways to push her plan", "added a second goal")."""
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


#: How far back ``mark_before`` looks. The inverted sources it begins are at most seven
#: tokens long, so a mark further back is never used; the bound keeps a sentence of a
#: thousand cues linear.
MARK_REACH = 10
#: How far back a cue looks for the subordinator or relative pronoun opening its clause.
CLAUSE_REACH = 40


def mark_before(st: Sent, end: int) -> int:
    """The last comma, quote mark or clause punctuation before token ``end`` (first - 1
    when there is none): where a short inverted source ("..., the mayor said") begins.
    Past ``MARK_REACH`` tokens it returns a position no short source fits after."""
    j = end - 1
    stop = max(st.first, end - MARK_REACH)
    while j >= stop and st.norm[j] not in (",", "”", '"', "'", ";", ":", "—"):
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


# --- the content: what follows the cue ---------------------------------------------------


def next_block_content(st: Sent, colon: int, plain: bool = False) -> list[tuple[int, int]]:
    """For a sentence that ends its block with a colon ("The mayor said:", "Dana Gold,
    Politico:"), the next block as content when it is a block quotation or opens with a
    quotation mark: what the colon introduces. ``plain``: a verb of saying ends the
    sentence, so a plain next paragraph is content too when the sentence is a short
    paragraph of its own (a transcript's "Limbaugh added:"); a label ("To the Editor:")
    introduces no speech."""
    doc = st.doc
    at = doc.sentences[st.index].block
    blocks = doc.article.blocks
    if colon >= st.last or st.norm[colon] != ":" or colon + 1 != st.last or at + 1 >= len(blocks) \
            or doc.text[st.end[colon]:blocks[at].end].strip():
        return []
    nxt = blocks[at + 1]
    if nxt.kind == BLOCKQUOTE or doc.text[nxt.start:nxt.start + 1] in "“\"‘'" \
            or (plain and st.start[st.first] == blocks[at].start and st.last - st.first <= _INTRO_WORDS):
        # a short paragraph of its own ("Limbaugh added:"): a transcript's next paragraph
        # is the speaker's words, quotation marks or not
        return [(nxt.start, nxt.end)]
    return []


#: Most tokens of a paragraph that only introduces the next ("Tom Reed, the opposition leader, added:").
_INTRO_WORDS = 12


def complement(st: Sent, b: int, a: int | None = None) -> list[tuple[int, int]]:
    """Content after a cue: to the end of the sentence, but not a trailing contrast clause;
    for a cue ``a`` inside a subordinate or relative clause ("Weeks after he mocked her on
    air, Hale told ...", "Ortiz, who has refused to back him, said ..."), to
    the comma that ends that clause."""
    i = past_manner(st.norm, past_medium(st.norm, b, st.last), st.last)
    if i < st.last and st.norm[i] in ("that", ":", ","):
        i += 1
    if not any(st.norm[k][0].isalnum() for k in range(i, st.last)) or _free_relative(st, i) or _said_nothing(st, i):
        return []
    last = st.last
    if a is not None and _in_subordinate(st, a):
        last = _list_end(st, next((k for k in range(i + 1, st.last) if st.norm[k] == ","), st.last))
    s, e = st.start[i], st.end[last - 1]
    if last == st.last:  # the common case: the sentence's stops are found once, not per cue
        k = bisect.bisect_left(st.complement_stops, s)
        if k < len(st.complement_stops):
            e = st.complement_stops[k]
    else:
        m = COMPLEMENT_STOP.search(st.text, s, e)
        if m:
            e = m.start()
    return [(s, e)] if e > s else []


def _short_run(st: Sent, k: int, stops: tuple[str, ...]) -> int:
    """Past at most three words from token ``k``, up to one of ``stops``."""
    m = k
    while m < min(st.last, k + 3) and st.norm[m][0].isalnum() and st.norm[m] not in stops:
        m += 1
    return m


def _list_end(st: Sent, comma: int) -> int:
    """Past a short list the comma opens and "and"/"or" closes ("called him a crook, fraud and
    charlatan"): its items are one complement; else the comma itself."""
    j = comma
    while j < st.last and st.norm[j] == ",":
        m = _short_run(st, j + 1, (",", "and", "or"))
        if m == j + 1 or m >= st.last:
            return comma
        if st.norm[m] in ("and", "or"):
            end = _short_run(st, m + 1, (",", ";", "."))
            return end if end > m + 1 and (end >= st.last or st.norm[end] in (",", ";", ".")) else comma
        j = m
    return comma


def _free_relative(st: Sent, i: int) -> bool:
    """A "what" clause as the cue's object ("said what is clearly absurd"): the writer's
    description of what was said, not its content; a pseudo-cleft with a second copula
    ("said what was needed was a new plan") is content."""
    if i + 1 >= st.last or st.norm[i] != "what" or st.norm[i + 1] not in BE:
        return False
    return not any(st.norm[k] in BE for k in range(i + 2, st.last))


def _said_nothing(st: Sent, i: int) -> bool:
    """"said nothing as the crowd ...", "said little about the plan": nothing was said, so
    the words after are the writer's; "said nothing had changed" is a clause."""
    return st.norm[i] in ("nothing", "little") and not (i + 1 < st.last and st.norm[i + 1] in FINITE)


#: Prepositions that open a gerund phrase before the main clause ("In asking ...,", "By
#: calling ...,").
_OPENING_PREPOSITIONS = frozenset({"in", "by", "on", "upon", "without", "despite", "for", "from"})


def _in_subordinate(st: Sent, a: int) -> bool:
    """Whether the cue at token ``a`` is in a clause opened by a subordinator or a
    relative pronoun, with no comma between them (within ``CLAUSE_REACH`` tokens), or a
    gerund opening the sentence after a preposition ("In asking to depose her, the group
    noted ...")."""
    if a - 1 == st.first and st.norm[a].endswith("ing") and st.norm[a - 1] in _OPENING_PREPOSITIONS:
        return True
    for k in range(a - 1, max(st.first, a - CLAUSE_REACH) - 1, -1):
        if st.norm[k] in (",", ";", ":", "“", '"'):
            return False
        if st.norm[k] in SUBORDINATORS or st.norm[k] in ("who", "which", "whom", "whose", "with"):
            return True  # ("with records revealing that ..., X believes": an absolute clause)
    return False
