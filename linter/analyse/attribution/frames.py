"""Attribution frames: who said what, with which cue, about what.

Found once per article (after sentences, tokens and quotes) and shared by every
rule. Each frame is the source / cue / content triple of PARC 3.0, citron and the
GenderGapTracker, found here without a parser: a curated cue lexicon
(``vocab/cues.toml``) anchors the frame, a named clause pattern (``patterns/``) finds
the source and the content, and the source's words decide its tier (``sources``).
Pronouns and titles resolve to the most recent person mentioned (``people``).

Attribution reaches its own sentence; a later sentence of the same paragraph
inherits it only when it is wholly a quotation (a floating quote). A writer's
evaluation right after an attributed sentence is not covered.
"""

from __future__ import annotations

from ...model.article import RESIDUE
from ...model.doc import NAMED, Doc, Frame
from ..lexicon import Match, sentence_matches
from ..vocab import Vocab, vocab
from .clause import Sent, clip, is_cap, is_participle, not_reporting
from .patterns import Cue, block_quote, credit, floating, frame_for, held_view, label, survey
from .patterns.base import characterising_at
from .patterns.statement_noun import compound_maker
from .people import PersonTracker
from .words import (AUX, CLAUSE_BREAK, DATE_WORDS, DETERMINERS, DOCUMENT_ONLY_CUES, HEAD_PREPOSITIONS, NAMING_PARTICIPLES, NOUN_LIKE_CUES,
                    PRENOMINAL, PRONOUNS, QUANTIFIERS)


def find_frames(doc: Doc) -> list[Frame]:
    """All attribution frames of an article, in text order."""
    v = vocab()
    frames: list[Frame] = []
    cues = sentence_matches(v.cues, doc)  # first: the index of the article's tokens it builds serves the tracker too
    people = PersonTracker(doc, v)
    blocks = doc.article.blocks
    polls = survey.polled(doc)
    for si, sent in enumerate(doc.sentences):
        block = blocks[sent.block]
        if block.kind == RESIDUE:
            continue
        opens_block = sent.start == block.start  # only a block's first sentence may open with a label
        if not cues[si] and not opens_block and si not in polls \
                and not held_view.possible(doc.tok_norm, sent.first, sent.last):
            continue  # no cue, no label, no poll, no view shared: most sentences
        frames.extend(_sentence_frames(Sent(doc, si), cues[si], opens_block, si in polls, v, people, frames))
    frames.extend(credit.find(doc, frames, v, people))
    frames.extend(block_quote.find(doc, v, people))
    floating.inherit(doc, frames)
    return _in_text_order(frames)


def _in_text_order(frames: list[Frame]) -> list[Frame]:
    """The frames sorted by cue, with ``inherited_from`` indexes following the sort (a
    floating frame names the frame it continues by its index in the result)."""
    order = sorted(range(len(frames)), key=[(f.cue[0], f.cue[1]) for f in frames].__getitem__)
    moved = {old: new for new, old in enumerate(order)}
    out = [frames[i] for i in order]
    for f in out:
        if f.inherited_from is not None:
            f.inherited_from = moved[f.inherited_from]
    return out


def _sentence_frames(st: Sent, cues: list[Match], opens_block: bool, polled: bool, v: Vocab, people: PersonTracker,
                     before: list[Frame]) -> list[Frame]:
    """The frames of one sentence: a speaker label opening its block, then its cues
    (``cues``: the cue lexicon's matches in it), longest cue first where cues overlap,
    then its polls (``polled``: it holds a poll word)."""
    out: list[Frame] = []
    labelled = label.find(st, v, people) if opens_block else None
    if labelled is not None:
        out.append(labelled)
        if labelled.tier == NAMED and labelled.entity and labelled.source:
            people.mention(labelled.entity, labelled.source[0], _own_words(st, labelled))
    matches = sorted(cues, key=lambda m: (m.first, -(m.last - m.first))) if len(cues) > 1 else cues
    used_until = -1
    for m in matches:
        if m.first < used_until or st.in_quote(m.first) or not _cue_in_use(st, m):
            continue
        people.at(st.start[m.first])
        cls, typ = m.payload
        frame = frame_for(Cue(st, m.first, m.last, cls, typ, v, people, out, before))
        if frame is None:
            continue
        _make_room(st, out, frame)
        out.append(frame)
        used_until = m.last
        if frame.tier == NAMED and frame.entity and frame.source:
            people.mention(frame.entity, frame.source[0], _own_words(st, frame))
    out.extend(held_view.find(st, v, people, out))
    if polled:
        out.extend(survey.find(st, v, people, out))
    return out


def _own_words(st: Sent, frame: Frame) -> tuple[str, ...]:
    """A named source's words in lower case, for a title that refers back to it."""
    s, e = frame.source or (0, 0)
    return tuple(st.text[s:e].lower().split())


def _make_room(st: Sent, out: list[Frame], frame: Frame) -> None:
    """End the content of the sentence's earlier frames where a new frame that is not
    part of what they report begins: the same speaker's next report ("admitted X, and
    insisted Y"; "..., warning that Y"), an inverted cue closing its own quotation
    ("asserted that X: “Y,” he claimed"), or a speaker named before the earlier content
    ("Crawford, who recalled X, said Y"). A frame whose speaker is inside the earlier
    content stays nested in it ("the mayor said the minister told her that ...")."""
    at = frame.cue[0]
    for earlier in out:
        content = [(s, e) for s, e in earlier.content if s <= at < e]
        if not content:
            continue
        start = content[0][0]
        if frame.pattern in ("shared-subject", "participial", "according-to"):
            clip(earlier, at)  # "X praised Y and won Z, according to exit polls": the polls' claim
        elif frame.pattern == "inverted" and frame.content:
            # "asserted that X: “Y,” he claimed": Y is his; "The party staged donor dinners in May,
            # party spokesman Sean Lyle said": the earlier frame is part of what he said
            clip(earlier, frame.content[0][0] if frame.content[0][0] > earlier.cue[0] else frame.source[0])
        elif frame.source is not None and (frame.source[1] <= start or _coordinated(st, frame)):
            clip(earlier, at if frame.source[1] <= start else frame.source[0])


def _after_cue(st: Sent, m: Match) -> bool:
    """A cue word right after a reporting verb, or after one and a comma, is what was
    said ("said praise from Putin ...", "he said, continued struggles ..."); a participle
    after the comma is a cue of its own ('"...," the mayor said, adding that')."""
    comma = m.first > st.first and st.norm[m.first - 1] == ","
    if comma and st.norm[m.first].endswith("ing"):
        return False
    k = m.first - 2 if comma else m.first - 1
    if not comma and k >= st.first and m.payload[1] == "verb" and _before_cue(st, Match(k, k + 1, None)):
        return False  # "those questioned said": the participle modifies the speaker
    if comma and k >= st.first and st.norm[k] == "show" and not st.norm[k - 1].endswith("s"):
        return False  # "the host of a morning show, said": "show" is a noun there
    return k >= st.first and any(p[1] == "verb" for p in _one_word_cue(st.norm[k]))


def _before_cue(st: Sent, m: Match) -> bool:
    """A participle right before a plain reporting verb modifies the speaker ("Many of
    those questioned said ..."): the second verb is the report ("urged caution" is not)."""
    b = m.last
    if not st.norm[m.first].endswith("ed") or b >= st.last:
        return False
    return any(p == ("neutral", "verb") for p in _one_word_cue(st.norm[b]))


def _one_word_cue(word: str) -> list:
    """The payloads of the cue that is the word alone: what ``cues.matches(norm, k, k + 1)``
    yields at a token ``word``, read from the trie's first level (no walk, no matches made)."""
    node = vocab().cues.root.get(word)
    return node.get("", ()) if node else ()


def _coordinated(st: Sent, frame: Frame) -> bool:
    """A frame opening a clause of its own after ", and" / ", but" ("... warning that A,
    and Ms. Acosta said B"): a second report, not part of the first one's content."""
    k = st.doc.token_at(frame.source[0])
    return k - 2 >= st.first and st.norm[k - 1] in ("and", "but") and st.norm[k - 2] == ","


def _gerund_noun(st: Sent, m: Match) -> bool:
    """"an official warning to residents", "An official warning was issued": an -ing word
    after an article and an adjective, with a preposition, a verb or the end after it,
    is a noun, not a reporting verb."""
    a, b = m.first, m.last
    if not st.norm[a].endswith("ing") or a - 2 < st.first or st.norm[a - 2] not in ("a", "an", "the"):
        return False
    if st.norm[a - 1] in ("most", "more", "least", "less", "very", "so"):
        return True  # "The most telling promise": an adjective
    nxt = st.norm[b] if b < st.last else "."
    return st.raw_at(a - 1).islower() and (nxt in HEAD_PREPOSITIONS or nxt in AUX or nxt in (".", "to", "about"))


def _naming(st: Sent, m: Match) -> bool:
    """"a company called Cambridge Analytica", "a manoeuvre called the corkscrew": a naming
    participle after a common noun that cannot speak names something, it reports nothing."""
    a = m.first
    if st.norm[a] not in NAMING_PARTICIPLES or a == st.first:
        return False
    prev = st.norm[a - 1]
    nxt = st.norm[m.last] if m.last < st.last else ""
    subject = (a - 2 == st.first and st.norm[a - 2] not in ("a", "an")) or (
        a - 3 == st.first and st.norm[a - 2].endswith("'s"))  # "The campaign called", not "A move called"
    if prev in CLAUSE_BREAK or nxt in PRONOUNS or nxt.endswith("'s") or _name_then_label(st, m.last) or (
            nxt in DETERMINERS and (
            subject or nxt not in ("a", "an", "the", "this", "that", "these", "those"))):
        return False  # "and called the plan a fraud", "who called him a liar", "called AP's report ..."
    speakers = vocab().sources
    raw = st.raw_at(a - 1)
    # "a vitamin-maker called Acme", "a super PAC called Harbour First": a hyphened
    # noun, or an acronym after an indefinite article
    common = raw.islower() or (raw.isupper() and len(raw) > 1 and any(
        st.norm[k] in ("a", "an", "one") for k in range(max(st.first, a - 5), a - 1)))
    return common and prev.replace("-", "").isalpha() and prev not in PRONOUNS and prev not in AUX \
        and not prev.endswith("ly") and not any(prev in speakers.get(k, ()) for k in ("role_nouns", "collective", "vague"))


#: What may follow "called NAME" when it is a telephone call: the end, a day, a purpose.
_AFTER_CALL = frozenset({".", "to", "on", "last", "this", "after", "before", "twice", "again"}) | DATE_WORDS


def _phoned(st: Sent, m: Match) -> bool:
    """"Mr. Obama called Ann Reed.", "the senator called her on Tuesday to ask ...": "called"
    with a person as its object and no label after it is a telephone call, not a report."""
    if m.last - m.first != 1 or st.norm[m.first] != "called" or m.last >= st.last:
        return False
    k = m.last
    if st.norm[k] in ("him", "her", "them"):
        k += 1
    else:
        while k < min(st.last, m.last + 3) and st.norm[k][0].isalpha() and is_cap(st.raw_at(k)) \
                and st.norm[k] not in DATE_WORDS:
            k += 1
    return k > m.last and (k >= st.last or st.norm[k] in _AFTER_CALL)


def _name_then_label(st: Sent, b: int) -> bool:
    """A name or a short noun phrase and then "a"/"an" after the participle: a label pinned
    on someone ("the petition called Hale a fraud", "doctors who signed it called the scheme a
    disgrace"), not a thing named ("a company called Acme Data")."""
    k = b + 1 if b < st.last and st.norm[b] in ("the", "his", "her", "their", "its") else b
    named = k
    while k < min(st.last, named + 3) and st.norm[k][0].isalpha() and st.norm[k] not in ("a", "an") \
            and (k > b or is_cap(st.raw_at(k))):
        k += 1
    return named < k < st.last and st.norm[k] in ("a", "an")


def _not_a_record(st: Sent, m: Match) -> bool:
    """A cue that reports only after a document or record ("polls show", "the emails
    show"): anything else before it is another word ("the Daily Show", "a TV show")."""
    word = st.norm[m.first]
    if m.last - m.first > 1 or (word not in DOCUMENT_ONLY_CUES and word not in _SHOWS):
        return False  # "showing that": a clause is reported whoever shows it
    v = vocab()
    records = v.sources.get("vague_documents", frozenset()) | v.sources.get("recordings", frozenset())
    subject = list(_subject_words(st, m.first))
    if any(st.norm[k] in records for k in subject):
        return False
    if word in DOCUMENT_ONLY_CUES:
        return True
    # "his popularity shows how deeply ...", "the discovery showed how easy ...": a fact or a
    # quality is evidence in the writer's argument; a person, a body or a record shows (a poll
    # may stand further back: "A poll taken among voters at Tuesday's caucus showed")
    of = next((k for k in subject if st.norm[k] == "of"), None)
    head = (of - 1 if of is not None and of > subject[0] else subject[-1]) if subject else None  # "the popularity of X"
    if head is None or any(st.norm[k] in records for k in range(max(st.first, m.first - 14), m.first)):
        return False
    return st.raw_at(head).islower() and st.norm[head] not in PRONOUNS and not any(
        st.norm[head] in v.sources.get(key, ()) or st.norm[head].rstrip("s") in v.sources.get(key, ())
        for key in ("role_nouns", "collective", "vague", "org_suffixes"))


#: The -s and past forms of "show": reported only from a speaker or a record.
_SHOWS = frozenset({"shows", "showed", "shown"})


def _subject_words(st: Sent, at: int, reach: int = 10) -> range:
    """The tokens of the noun phrase before token ``at``, back to a punctuation mark, a
    clause word or ``reach`` tokens ("FEC records from the 2008 cycle show", "Two new
    polls out Tuesday show", "a new poll showing")."""
    k = at
    while k > max(st.first, at - reach) and st.norm[k - 1] not in CLAUSE_BREAK and st.norm[k - 1][0].isalnum():
        k -= 1
    return range(k, at)


def _noun_like(st: Sent, m: Match) -> bool:
    """A cue whose -s form is mostly a plural noun ("phone calls", "took customer calls")
    is a verb only after a speaker: a pronoun, a name or a speaker noun ("what he calls",
    "Biden calls", "the campaign calls")."""
    if st.norm[m.first] not in NOUN_LIKE_CUES or m.last - m.first > 1 or m.first == st.first:
        return False
    prev = st.norm[m.first - 1]
    return not (prev in PRONOUNS or is_cap(st.raw_at(m.first - 1)) or prev in vocab().source_words)


def _cue_in_use(st: Sent, m: Match) -> bool:
    """Whether a cue word is used as one: a verb not after a determiner ("previous
    estimates", "the claim") or right after another reporting verb ("said praise from
    Putin would not ...": its object), nor in a sense that reports nothing ("adds to");
    a noun only after one ("his claim") or at the sentence start."""
    typ = m.payload[1]
    prev = st.norm[m.first - 1] if m.first > st.first else ""
    word = st.norm[m.first]  # "43 said", "4 in 10 say": a verb after a figure; "2016 claims": a noun
    verb_form = typ == "verb" and (is_participle(word) or not word.endswith("s") or word == "says")
    # "Trump earlier called ...": an adverb before a past tense, not "the earlier claim"
    adverb = verb_form and is_participle(word) and prev in AUX and (
        m.first - 2 < st.first or st.norm[m.first - 2] not in PRENOMINAL)
    nominal = m.first > st.first and ((prev in PRENOMINAL and not adverb) or (prev[0].isdigit() and not verb_form)
                                      or (prev in QUANTIFIERS and st.norm[m.first].endswith("s"))  # "many promises"
                                      or (prev == "'" and st.norm[m.first - 2].endswith("s")))  # "the hawks’ warnings"
    if nominal and typ == "verb" and prev in ("'s", "his", "her", "their") and word.endswith("ing") \
            and characterising_at(st, m.first, vocab()):
        nominal = False  # "Hale's calling Reed a bigot": a gerund that pins a charge, a report
    if typ == "verb":
        # every test only rules the cue out: the ones that most often do for their cost come
        # first (counted over the BBC articles: a record's verb 2.2% of cues, a noun-like -s
        # form 0.5%, a sense that reports nothing 6.8% at six times the cost, ...)
        return not (nominal or _not_a_record(st, m) or _noun_like(st, m) or not_reporting(st, m.first, m.last)
                    or _phoned(st, m) or _naming(st, m) or _before_cue(st, m) or _gerund_noun(st, m)
                    or _after_cue(st, m) or _for_example(st, m))
    if typ == "noun":  # "Ortiz campaign accusations that ...": a name as the maker, a clause as what was stated
        return nominal or m.first <= st.first or (m.last < st.last and st.norm[m.last] == "that"
                                                  and compound_maker(st, m.first - 1) is not None)
    return True


def _for_example(st: Sent, m: Match) -> bool:
    """"tougher than, say, keeping them on tea": "say" set off by commas is "for
    example", a hedge inside a comparison or a list, not anybody speaking."""
    return st.norm[m.first] == "say" and m.last - m.first == 1 and st.first < m.first \
        and st.norm[m.first - 1] == "," and m.last < st.last and st.norm[m.last] == ","

