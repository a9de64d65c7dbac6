"""The writer's asides: sentences in which the writer talks to the reader rather than
reports. A correspondent's analysis, a sketch or a column opens sentences with "Well,",
"Of course", "Inevitably", asks the reader questions, says "I" or "we", and weighs or
forecasts in its own voice ("either way", "the question is whether", "will almost
certainly"); a news story leaves all four to the people it quotes. One aside is a turn of
phrase; several kinds of them, sustained over the piece, are its register (``genre.py``
reads them as a cue).

Only the writer's words count: an opener or a first-person word outside quotations and
reported speech, a question in a sentence with none in it (a speaker's "I think" or "So
what?" is not the writer's); and only body paragraphs (a headline's question is a
headline's). The words are data (``linter/vocab/genres.toml``, a profile's
``asides`` table).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..model.article import BODY_KINDS
from ..model.doc import Doc
from . import recache
from .lexicon import positions

#: The kinds of aside, in the order the evidence names them.
KINDS = ("openers", "questions", "first person", "stance")
#: Closing marks after a question mark that still end a question ("... did he?)").
_CLOSERS = "\"'’”)] \n"


@dataclass(frozen=True)
class Asides:
    """What counts as an aside, and how many make a register."""

    opener: re.Pattern
    #: First-person words as written (case-sensitive: "US" is the country, not "us").
    person: frozenset[str]
    min_count: int
    min_kinds: int
    #: Asides per body sentence, at least.
    min_share: float
    #: Paragraphs with an aside, at least.
    min_paragraphs: int
    #: Words after which a capital "I" is a numeral ("World War I", "Title I").
    numbered: frozenset[str] = frozenset()
    #: What, ending right before "me" or "us", makes the reporter the one spoken to ("told
    #: me", "spoke to us"): the reporter's presence at an interview, not an aside.
    addressed: re.Pattern | None = None
    #: The writer weighing or forecasting in their own voice, anywhere in a sentence
    #: ("either way", "the question is", "will almost certainly"): an analyst's moves, which
    #: a news story leaves to its sources. None: not read.
    stance: re.Pattern | None = None
    #: Words one of which every ``stance`` match holds: the pattern runs only in sentences
    #: that have one (found from the article's token index), not over every sentence.
    stance_words: frozenset[str] = frozenset()
    #: Asides of at least this many kinds are a register at the lower ``rich_share`` of the
    #: sentences: a long column that opens, asks, says "we" and weighs, each now and then,
    #: talks to the reader throughout (0: no such rule).
    rich_kinds: int = 0
    rich_share: float = 0.0

    @classmethod
    def of(cls, data: dict) -> Asides:
        return cls(recache.compile(data["opener"], re.IGNORECASE), frozenset(data["person"]),
                   int(data["min"]), int(data["kinds"]), float(data["share"]), int(data["paragraphs"]),
                   frozenset(data.get("numbered", ())),
                   recache.compile(data["addressed"], re.IGNORECASE) if "addressed" in data else None,
                   recache.compile(data["stance"], re.IGNORECASE) if "stance" in data else None,
                   frozenset(data.get("stance_words", ())),
                   int(data.get("rich_kinds", 0)), float(data.get("rich_share", 0.0)))


@dataclass(frozen=True)
class Tally:
    """The asides of a piece: how many, over how many body sentences, of each kind, in how
    many paragraphs, and where the first one is (its body sentence's index; -1: none)."""

    asides: int
    sentences: int
    kinds: tuple[int, ...]
    paragraphs: int
    first: int


def count(doc: Doc, spec: Asides, speech: bytearray, end: int | None = None) -> Tally:
    """The asides before offset ``end`` (the start of readers' comments appended to the
    story; None: the whole piece). A sentence counts once, whatever kinds it has."""
    tally = _tally(doc, spec, speech, end, False)
    assert tally is not None
    return tally


def qualifying(doc: Doc, spec: Asides, speech: bytearray, end: int | None = None) -> Tally | None:
    """``count``'s tally when it ``qualifies``, else None. Most pieces are news with no
    asides: the count stops as soon as the verdict cannot change (no aside in the first
    half, or too few sentences left to reach the count or the share), which is where the
    genre stage spends most of its time otherwise."""
    tally = _tally(doc, spec, speech, end, True)
    return tally if tally is not None and qualifies(spec, tally) else None


def _tally(doc: Doc, spec: Asides, speech: bytearray, end: int | None, give_up: bool) -> Tally | None:
    """``count``; with ``give_up``, None as soon as the tally cannot qualify."""
    text, starts, ends = doc.text, doc.tok_start, doc.tok_end
    person = spec.person
    lowered = {w.lower() for w in person}
    kinds = [0] * len(KINDS)
    asides = sentences = 0
    first = -1
    paragraphs: set[int] = set()
    blocks = doc.article.blocks
    body_sentences = [k for k, s in enumerate(doc.sentences)
                      if (end is None or s.start < end) and blocks[s.block].kind in BODY_KINDS]
    total = len(body_sentences)
    # the fewest asides that can qualify, at the lower of the two shares
    share = min(spec.min_share, spec.rich_share) if spec.rich_kinds else spec.min_share
    need = max(spec.min_count, share * total)
    stance = _stance_candidates(doc, spec)
    person_at = _tokens_by_sentence(doc, lowered)
    for si in body_sentences:
        if give_up and ((first < 0 and sentences >= total / 2) or asides + total - sentences < need):
            return None  # no aside before the midpoint, or too few sentences left
        s = doc.sentences[si]
        sentences += 1
        body = text[s.start:s.end]
        lead = len(body) - len(body.lstrip())
        body = body.strip()
        opener = spec.opener.match(body)
        found = (opener is not None and not doc.in_speech(s.start + lead, s.start + lead + opener.end()),
                 body.rstrip(_CLOSERS).endswith("?") and not any(speech[s.first:s.last]),
                 any(doc.tok_norm[i] in lowered and not speech[i] and text[starts[i]:ends[i]] in person
                     and _pronoun(text, starts[i], ends[i]) and not (i and text[starts[i - 1]:ends[i - 1]] in spec.numbered)
                     and not _names(text, starts, ends, s.first, i) and not _titled(text, starts, ends, i, s.last)
                     and not _addressed(spec, text, s.start, starts[i], doc.tok_norm[i])
                     for i in person_at.get(si, ())),
                 _stance_in(doc, spec.stance, stance, si))
        if any(found):
            asides += 1
            paragraphs.add(s.block)
            first = sentences - 1 if first < 0 else first
            kinds = [k + f for k, f in zip(kinds, found)]
    return Tally(asides, sentences, tuple(kinds), len(paragraphs), first)


def qualifies(spec: Asides, t: Tally) -> bool:
    """Whether the asides make the piece's register: enough of them, of enough kinds, in
    more than one paragraph, the first of them before the piece's midpoint (a pair of
    voiced paragraphs closing a story is not its voice), and in a large enough share of
    its sentences (a lower share when they are of ``rich_kinds`` kinds)."""
    kinds = sum(1 for k in t.kinds if k)
    share = spec.rich_share if spec.rich_kinds and kinds >= spec.rich_kinds else spec.min_share
    return (t.asides >= spec.min_count and kinds >= spec.min_kinds
            and t.paragraphs >= spec.min_paragraphs and 0 <= t.first < t.sentences / 2
            and t.asides >= share * t.sentences)


def evidence(t: Tally) -> str:
    parts = ", ".join(f"{name} {k}" for name, k in zip(KINDS, t.kinds) if k)
    return f"writer's asides in {t.asides} of {t.sentences} sentences, {t.paragraphs} paragraphs ({parts})"


def _tokens_by_sentence(doc: Doc, words: set[str]) -> dict[int, list[int]]:
    """For each sentence holding a token in ``words``, those tokens in order, from the
    article's token index (a few sentences hold one; the others are not walked)."""
    index = positions(doc.tok_norm)
    at = sorted(i for w in words & index.keys() for i in index[w])
    sentences = doc.sentences
    firsts = [s.first for s in sentences] if at else []
    out: dict[int, list[int]] = {}
    for i in at:
        k = bisect_right(firsts, i) - 1
        if k >= 0 and i < sentences[k].last:
            out.setdefault(k, []).append(i)
    return out


def _stance_candidates(doc: Doc, spec: Asides) -> set[int] | None:
    """The sentences the ``stance`` pattern is run in: those holding one of
    ``stance_words`` (most sentences hold none); None: every sentence (no words given)."""
    if not spec.stance_words:
        return None
    sentences = doc.sentences
    index = positions(doc.tok_norm)
    at = sorted(i for w in spec.stance_words & index.keys() for i in index[w])
    firsts = [s.first for s in sentences] if at else []
    return {bisect_right(firsts, i) - 1 for i in at} - {-1}


def _stance_in(doc: Doc, pattern: re.Pattern | None, candidates: set[int] | None, k: int) -> bool:
    """Whether sentence ``k`` weighs or forecasts in the writer's voice: a ``stance`` match
    outside quotations and reported speech. Asked sentence by sentence as the count reaches
    them, so a count that stops early does not run the pattern in the rest."""
    if pattern is None or (candidates is not None and k not in candidates):
        return False
    s = doc.sentences[k]
    return any(not doc.in_speech(m.start(), m.end()) for m in pattern.finditer(doc.text, s.start, s.end))


def _addressed(spec: Asides, text: str, sentence_start: int, start: int, word: str) -> bool:
    """Whether an object "me" or "us" is the reporter being spoken to ("he told me")."""
    if spec.addressed is None or word not in ("me", "us"):
        return False
    return spec.addressed.search(text, max(sentence_start, start - 40), start) is not None


def _names(text: str, starts: list[int], ends: list[int], first: int, i: int) -> bool:
    """Whether a capitalised "Our", "My" or "We" inside a sentence begins a name ("Our Lady",
    "a rally for Our Revolution", "My Lai"): the writer's own word is capitalised only as the
    sentence's first word. "I" is always capitalised and is never taken for a name here."""
    word = text[starts[i]:ends[i]]
    if word == "I" or not word[:1].isupper():
        return False
    return any(text[starts[j]:ends[j]][:1].isalnum() for j in range(first, i))


def _titled(text: str, starts: list[int], ends: list[int], i: int, last: int) -> bool:
    """Whether an "I" is a word of a title in title case ("What'd I Say", "I've Got A
    Woman", "Hallelujah, I Love Her So"): the next word, after a contraction's ending, is
    capitalised, where the writer's own "I" goes on with a verb in lower case ("I think",
    "I've seen")."""
    if text[starts[i]:ends[i]] != "I":
        return False
    for j in range(i + 1, last):
        word = text[starts[j]:ends[j]]
        if word[:1] in ("'", "’"):
            continue  # "'ve", "’m": the contraction's ending
        return word[:1].isupper()
    return False


def _pronoun(text: str, start: int, end: int) -> bool:
    """Whether the token is a word of its own, not a letter of an initialism ("F.B.I.",
    "I.R.S.") the tokenizer split at its full stops."""
    if text[start - 1:start] in (".", "-") and start > 0:
        return False
    return not (text[end:end + 1] == "." and text[end + 1:end + 2].isalpha())
