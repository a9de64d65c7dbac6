"""Attribution frames: who said what, with which cue, about what.

Found once per article (after sentences, tokens and quotes) and shared by every
rule. Each frame is the source / cue / content triple of PARC 3.0, citron and the
GenderGapTracker, found here without a parser: a curated cue lexicon
(``vocab/cues.toml``) anchors the frame, clause patterns find the source (before
the cue, after it in inverted order, after "according to", the possessor of a
statement noun, the main-clause subject of a participial cue) and the content,
and the source's words decide its tier (``vocab/sources.toml``). Pronouns and
titles resolve to the most recent person mentioned.

Attribution reaches its own sentence; a later sentence of the same paragraph
inherits it only when it is wholly a quotation (a floating quote). A writer's
evaluation right after an attributed sentence is not covered.
"""

from __future__ import annotations

import re

from ...model.article import HEADLINE, RESIDUE
from ...model.doc import BARE, COLLECTIVE, DESCRIBED, INSTITUTION, NAMED, ORGANISATION, VAGUE, Doc, Frame
from ..vocab import Vocab, vocab, word_set, word_table

_AUX = word_set("grammar", "auxiliaries")
_CLAUSE_BREAK = word_set("boundaries", "clause_breaks")
_ADVERBIAL_HEAD = word_set("grammar", "adverbial_heads")
_FUNCTION_WORDS = word_set("grammar", "function_words")
_TIME_WORDS = word_set("dates", "time_units")
_COUNTS = word_set("grammar", "counts")
_DETERMINERS = word_set("grammar", "determiners")
_PRONOUNS = word_table("grammar", "pronouns")
_NATIONALITY = re.compile(r"^[A-Z][a-z]+(?:an|ian|ese|ish|i|ic|ch)$")
#: Country abbreviations: "a U.S. study" says where, not who.
_COUNTRIES = word_set("attribution", "countries")
_MONTHS = word_set("dates", "months") | word_set("dates", "weekdays")
_CLAIMED_THINGS = word_set("attribution", "claimed_things")
_PASSIVE_ADVERBS = word_set("grammar", "passive_adverbs")
_ADJECTIVAL_PARTICIPLES = word_set("grammar", "adjectival_participles")
_PHRASAL_PARTICLES = {verb: frozenset(p) for verb, p in word_table("attribution", "phrasal_particles").items()}
_NOUN_MODIFIERS = _AUX | word_set("attribution", "statement_noun_modifiers")
_CLAUSE_WORDS_IN_SOURCE = word_set("attribution", "clause_words_in_source")
_HEAD_PREPOSITIONS = word_set("attribution", "head_prepositions")
_QUALIFIERS = word_set("attribution", "qualifiers")
_AFFILIATION = word_set("attribution", "affiliation_prepositions")
_KNOWN_DETERMINERS = word_set("attribution", "known_determiners")


def _territorial(st: _Sent, b: int) -> bool:
    tail = " ".join(st.norm[b:min(st.last, b + 14)])
    return " as its own" in f" {tail}" or " as their own" in f" {tail}"


_PARTICIPLES = word_set("grammar", "irregular_participles")
#: What may follow an inverted cue ("..., the minister told reporters on Monday.").
_TRAILING = word_set("attribution", "trailing_after_cue")
#: Words after which a cue word is a noun, not a verb ("previous estimates", "his claim").
_PRENOMINAL = word_set("grammar", "prenominal")
#: Where a writer's own addition begins after reported content: a contrast clause, or an
#: appositive that characterises the statement (", a narrative complicated by ...").
_COMPLEMENT_STOP = re.compile(
    r",\s*(?:despite|even as|even though|although|though|whereas|in spite of)\b"
    r"|,\s*(?:a|an|the)\s+(?:\w+\s+)?(?:narrative|claim|move|assertion|view|position|stance|contention|"
    r"characteri[sz]ation|account|version|argument|statement|assessment|figure|estimate)\s+"
    r"(?:complicated|undermined|contradicted|belied|challenged|disputed|that|which|at odds)\b", re.I)


# --- helpers over the token arrays ---------------------------------------------------------


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


class _Sent:
    """Token view of one sentence: raw tokens, norms, offsets, quote mask."""

    def __init__(self, doc: Doc, index: int) -> None:
        s = doc.sentences[index]
        self.doc = doc
        self.index = index
        self.sentence = s
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
        return self.start[a], self.end[b - 1]


# --- frame finding ---------------------------------------------------------------------------


def find_frames(doc: Doc) -> list[Frame]:
    """All attribution frames of an article, in text order."""
    v = vocab()
    frames: list[Frame] = []
    people = _PersonTracker(doc, v)
    blocks = doc.article.blocks
    for si, sent in enumerate(doc.sentences):
        if blocks[sent.block].kind == RESIDUE:
            continue
        st = _Sent(doc, si)
        own = _sentence_frames(st, v, people, frames)
        frames.extend(own)
    _inherit_floating(doc, frames)
    frames.sort(key=lambda f: (f.cue[0], f.cue[1]))
    return frames


def _sentence_frames(st: _Sent, v: Vocab, people: "_PersonTracker", earlier: list[Frame]) -> list[Frame]:
    out: list[Frame] = []
    matches = sorted(v.cues.matches(st.norm, st.first, st.last), key=lambda m: (m.first, -(m.last - m.first)))
    used_until = -1
    for m in matches:
        if m.first < used_until or st.in_quote(m.first):
            continue
        cls, typ = m.payload
        nominal = m.first > st.first and (st.norm[m.first - 1] in _PRENOMINAL or st.norm[m.first - 1][0].isdigit())
        if typ == "verb" and (nominal or _not_reporting(st, m.first, m.last)):
            continue  # "previous estimates", "the claim", "adds to": not a reporting verb here
        if typ == "noun" and not nominal and m.first > st.first:
            continue
        people.at(st.start[m.first])
        frame = None
        if typ == "phrase":
            frame = _phrase_frame(st, m.first, m.last, cls, v, people)
        elif typ == "noun":
            frame = _noun_frame(st, m.first, m.last, cls, v, people, earlier + out)
        else:
            frame = _verb_frame(st, m.first, m.last, cls, v, people, out)
        if frame is not None:
            if frame.pattern in ("shared-subject", "participial") and out:
                _clip(out[-1], frame.cue[0])
            out.append(frame)
            used_until = m.last
            if frame.tier == NAMED and frame.entity and frame.source:
                people.mention(frame.entity, frame.source[0])
    return out


def _not_reporting(st: _Sent, a: int, b: int) -> bool:
    """Senses of cue verbs that report nothing: "adds to", "called off", "was admitted to
    hospital" (a passive has no speaker), "only time will tell" (no one told anything)."""
    nxt = st.norm[b] if b < st.last else ""
    word = st.norm[a]
    k = a - 1
    while k >= st.first and st.norm[k] in _PASSIVE_ADVERBS:
        k -= 1
    if k >= st.first and st.norm[k] in _BE and (word.endswith("ed") or word in _PARTICIPLES):
        return True
    if word in ("tell", "tells", "told") and nxt in ("", ".", ",", "!", "?"):
        return True
    prev = st.norm[a - 1] if a > st.first else ""
    if word in _ADJECTIVAL_PARTICIPLES and (
            prev in _PRENOMINAL or prev in ("and", "or", "of", ",", "an")):
        return True  # an adjective before a noun: "his alleged sabotage", "the reported deal"
    if word.startswith("claim") and (nxt in _CLAIMED_THINGS or _territorial(st, b)):
        return True  # claimed responsibility, claimed the title, "claiming parts of X as its own"
    # "adds to", "called off": a phrasal verb that reports nothing
    return any(word.startswith(verb) and nxt in particles for verb, particles in _PHRASAL_PARTICLES.items())


def _clip(frame: Frame, at: int) -> None:
    """End a frame's content before a later cue that starts a new report by the same
    speaker ("admitted X, and insisted Y": Y is not part of what was admitted)."""
    frame.content = [(s, min(e, at)) for s, e in frame.content if s < at]


def _phrase_frame(st: _Sent, a: int, b: int, cls: str, v: Vocab, people) -> Frame | None:
    words = st.norm[a:b]
    if words[:2] == ["according", "to"]:
        # "According to SOURCE, CONTENT" / "CONTENT, according to SOURCE."
        end = b
        while end < st.last and st.norm[end] not in (",", ".", ";", ":", "!", "?"):
            end += 1
        if end == b:
            return None
        src = (b, end)
        if a == st.first or st.norm[a - 1] in ("“", '"'):
            content = [st.span(end + 1, st.last)] if end + 1 < st.last else []
        else:
            content = [st.span(st.first, a - 1 if st.norm[a - 1] == "," else a)] if a > st.first else []
        return _make(st, src, (a, b), cls, "phrase", content, v, people, "according-to")
    return None  # "in a statement" and the like qualify a verb cue found on its own


def _noun_frame(st: _Sent, a: int, b: int, cls: str, v: Vocab, people, earlier: list[Frame]) -> Frame | None:
    """A statement noun: "Zelensky’s claim", "his admission", "the president’s insistence",
    "The claim comes as" (the source is the previous frame's)."""
    i = a - 1
    while i >= st.first and st.norm[i] in _NOUN_MODIFIERS:
        i -= 1
    if i >= st.first and st.norm[i] in ("'s", "’s"):
        return _make(st, (_possessor_start(st, i, v), i), (a, b), cls, "noun", [], v, people, "possessive-noun")
    if i >= st.first and st.norm[i] in ("his", "her", "their", "its"):
        return _make(st, (i, i + 1), (a, b), cls, "noun", [], v, people, "possessive-noun")
    if i >= st.first and st.norm[i] in ("the", "this", "that") and earlier:
        prev = earlier[-1]
        f = Frame(prev.source, prev.tier, st.span(a, b), cls, "noun", [], st.index, prev.entity,
                  pattern="definite-noun")
        return f
    return None


def _possessor_start(st: _Sent, end: int, v: Vocab) -> int:
    """Start of a short possessor before ’s: a name, or a determiner + title."""
    k = end
    while k - 1 >= st.first and end - k < 5:
        tok, n = st.raw_at(k - 1), st.norm[k - 1]
        if n == "that":
            break  # "argue that Zelensky’s": a conjunction, not a determiner
        if _is_cap(tok) or n in _DETERMINERS or n in v.sources.get("role_nouns", ()):
            k -= 1
            if n in _DETERMINERS:
                break
            continue
        break
    return k


def _np_start(st: _Sent, end: int) -> int:
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
            if prev == "." and k - 2 >= st.first and len(st.norm[k - 2]) <= 2 and _is_cap(st.raw_at(k - 2)):
                k -= 1  # an initial: "Harry M. Reid"
                continue
            break
        if prev in ("and", "or") and not (_is_cap(st.raw_at(k)) and k - 2 >= st.first and _is_cap(st.raw_at(k - 2))):
            break
        if prev in _CLAUSE_BREAK and prev not in ("and", "or"):
            break
        k -= 1
    return k


def _verb_frame(st: _Sent, a: int, b: int, cls: str, v: Vocab, people, same: list[Frame]) -> Frame | None:
    norm = st.norm
    tail = st.last
    # Inverted order: ", SOURCE said." / ",” said SOURCE." / "..., SOURCE told reporters."
    prev_tok = norm[a - 1] if a > st.first else ""
    # Participial: "..., warning that ..." — the source is the main clause's subject.
    if prev_tok == "," and norm[a].endswith("ing"):
        subject = _subject(st)
        content = _complement(st, b)
        if subject is not None and content:
            return _make(st, subject, (a, b), cls, "verb", content, v, people, "participial")
        return None
    # "“... dropped the ball.” said Jewell Young": the splitter ended the quoted sentence
    # at its stop; the cue opens the next one and the content is the quotation before.
    if a == st.first and st.index > 0:
        prev = st.text[:st.start[a]].rstrip()
        if prev.endswith(("”", '"', "''")):
            end = b
            while end < tail and norm[end] not in (",", ".", ";", "!", "?", ":"):
                end += 1
            if b < end <= b + 8:
                q_end = len(prev)
                q_start = max(prev.rfind("“", 0, q_end - 1), prev.rfind('"', 0, q_end - 1))
                content = [(q_start, q_end)] if q_start >= 0 else []
                return _make(st, (b, end), (a, b), cls, "verb", content, v, people, "inverted")
    # P2b: cue directly after a comma or closing quote, source after it, to the end.
    if prev_tok in (",", "”", '"', "’", "'") and a - 1 > st.first:
        end = b
        while end < tail and norm[end] not in (",", ".", ";", "!", "?", ":"):
            end += 1
        first_src = st.raw_at(b) if b < tail else ""
        named_inside = any(_is_cap(st.raw_at(k)) for k in range(b, end))
        if b < tail and norm[b] != "that" and b < end <= b + 8 and (end >= tail - 1 or norm[end] in (".", ",")) and (
                _is_cap(first_src) or norm[b] in _DETERMINERS or norm[b] in _COUNTS or named_inside):
            content_end = a - 1
            while content_end > st.first and norm[content_end - 1] in (",", "”", '"', "’"):
                content_end -= 1
            content = [st.span(st.first, content_end)] if content_end > st.first else []
            return _make(st, (b, end), (a, b), cls, "verb", content, v, people, "inverted")
    # P2a: ", SOURCE said." — a short source between a comma and the cue, nothing much after.
    k = a - 1
    while k >= st.first and norm[k] in _AUX:
        k -= 1
    src_end = k + 1
    j = src_end - 1
    while j >= st.first and norm[j] not in (",", "”", '"', "'", ";", ":", "—"):
        j -= 1
    if j < st.first and st.index > 0 and 0 < src_end - st.first <= 4 and b < tail and norm[b] in (".", "!", "?"):
        prev = st.text[:st.start[st.first]].rstrip()
        if prev.endswith(("”", '"', "''")):  # '"Why now?" he asked.' split after the quote
            q_start = max(prev.rfind("“", 0, len(prev) - 1), prev.rfind('"', 0, len(prev) - 1))
            content = [(q_start, len(prev))] if q_start >= 0 else []
            return _make(st, (st.first, src_end), (a, b), cls, "verb", content, v, people, "inverted")
    if j >= st.first and norm[j] in (",", "”", '"', "'") and 0 < src_end - (j + 1) <= 7:
        stop = next((k for k in range(b, tail) if norm[k] == ","), tail)  # "..., X said, although ..."
        rest = [t for t in norm[b:stop] if t not in (".", "!", "?", ",", '"', "”")]
        before = [t for t in norm[st.first:j] if t[0].isalnum()]
        lead = st.raw_at(j + 1)
        src_words = norm[j + 1:src_end]
        plausible = lead[:1].isalpha() and not (
            len(src_words) > 1 and (src_words[-1] in _PRONOUNS or any(w in _CLAUSE_WORDS_IN_SOURCE
                                                                        for w in src_words)))
        if plausible and all(t in _TRAILING or t in _MONTHS for t in rest) and (
                len(before) >= 4 or norm[j] in ("”", '"')):
            content_end = j
            while content_end > st.first and norm[content_end - 1] in (",", "”", '"', "’"):
                content_end -= 1
            if content_end > st.first:
                return _make(st, (j + 1, src_end), (a, b), cls, "verb", [st.span(st.first, content_end)],
                             v, people, "inverted")
    # P1: SOURCE (aux/adverbs) CUE (that) CONTENT.
    content = _complement(st, b)
    if not content:
        return None  # "... the council's own finance report." is a noun, not a verb
    if (src_end <= st.first or norm[src_end - 1] in ("and", "but")) and same:
        prev = same[-1]  # "X admitted ... and insisted ...": the same speaker
        return Frame(prev.source, prev.tier, st.span(a, b), cls, "verb", content, st.index, prev.entity,
                     pattern="shared-subject")
    if src_end <= st.first:
        return None
    if _passive(norm, src_end, a) or "according" in norm[st.first:src_end][-3:]:
        # "The population is now estimated at three million": the subject is what was
        # estimated, not who estimated it; "evidence to suggest", "official estimates"
        # after "according to": no speaker at all.
        return None
    if norm[src_end - 1] in ("that", "which", "who") and src_end - 1 > st.first:
        src_end -= 1  # "a report that found", "the official who said": the antecedent speaks
        if norm[src_end - 1] == ",":
            src_end -= 1
    start = _np_start(st, src_end)
    if start >= src_end:
        return None
    start, src_end = _past_relative(st, start, src_end)
    # Drop leading adverbial segments ("Despite this,", "In February 2025,", "Meanwhile,").
    start = _skip_adverbials(st, start, src_end)
    if start >= src_end:
        return None
    if norm[src_end - 1] in (",",):
        src_end -= 1
    if src_end - start > 14:
        return None
    if norm[a - 1] == "to" and any(m.payload[1] == "verb" for m in v.cues.matches(norm, start, src_end)):
        return None  # "Investigators found evidence to suggest": the speaker is the clause's, already framed
    start = _trim_to_name(st, start, src_end, v)
    if src_end - start > 1 and norm[src_end - 1] in _PRONOUNS:
        start = src_end - 1  # "the deficit he announced": the speaker is "he"
    while start < src_end and st.norm[start] in _ADVERBIAL_HEAD and not _is_cap(st.raw_at(start)):
        start += 1  # "with the president claiming": the preposition is not the source
    clause = b < st.last and (norm[b] in ("that", ":") or norm[b] in ("“", '"', "‘", "'"))
    return _make(st, (start, src_end), (a, b), cls, "verb", content, v, people,
                 "that-clause" if clause else "source-cue")


_BE = word_set("grammar", "be_forms")


def _passive(norm: list[str], src_end: int, cue: int) -> bool:
    """A form of "be" between subject and a participle cue: a passive ("is estimated",
    "were told"), whose subject is not the speaker."""
    w = norm[cue]
    participle = w.endswith("ed") or w in _PARTICIPLES
    return participle and any(t in _BE for t in norm[src_end:cue])


def _trim_to_name(st: _Sent, start: int, end: int, v: Vocab) -> int:
    """"a region Russia demands" -> "Russia": a name after a plain lower-case noun is a
    new subject (a reduced relative clause), not part of that noun's phrase."""
    k = end
    while k - 1 >= start and _is_cap(st.raw_at(k - 1)):
        k -= 1
    if start < k < end and k - 1 >= start:
        before = st.norm[k - 1]
        if before[0].isalpha() and before not in _DETERMINERS and before not in _PRENOMINAL \
                and before not in v.sources.get("role_nouns", ()) and before not in _ADVERBIAL_HEAD \
                and not _NATIONALITY.match(st.raw_at(k - 1)) and before not in ("of", "and", "'s"):
            return k
    return start


def _past_relative(st: _Sent, start: int, end: int) -> tuple[int, int]:
    """"Aldous, who faces re-election in May, did not respond": the source is the noun
    phrase before the relative clause, not the clause."""
    if start - 2 >= st.first and st.norm[start - 1] in ("who", "which", "whose") and st.norm[start - 2] == ",":
        np_end = start - 2
        np_start = _np_start(st, np_end)
        if np_start < np_end:
            return np_start, np_end
    return start, end


def _skip_adverbials(st: _Sent, start: int, end: int) -> int:
    """Move past comma-closed leading adverbials that are not part of the source."""
    norm = st.norm
    i = start
    while True:
        comma = next((k for k in range(i, end) if norm[k] == ","), None)
        if comma is None:
            return i
        head = norm[i]
        segment_caps = any(_is_cap(st.raw_at(k)) for k in range(i + 1, comma))
        short = comma - i <= 2 and not segment_caps and head not in _DETERMINERS and head not in _PRONOUNS \
            and (comma - i == 1 or st.norm[i + 1] in _TIME_WORDS)
        if head in _ADVERBIAL_HEAD or short:
            i = comma + 1
            continue
        return i


def _complement(st: _Sent, b: int) -> list[tuple[int, int]]:
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


def _subject(st: _Sent) -> tuple[int, int] | None:
    """The main clause's subject: the first noun phrase after leading adverbials."""
    i = _skip_adverbials(st, st.first, st.last)
    j = i
    while j < st.last and st.norm[j] not in _AUX and st.norm[j] not in (",", ".", ";") and j - i < 8:
        tok = st.raw_at(j)
        if j > i and not _is_cap(tok) and st.norm[j] not in ("'s", "’s") and st.norm[j - 1] not in _DETERMINERS \
                and not _is_cap(st.raw_at(j - 1)):
            break
        j += 1
    return (i, j) if j > i else None


# --- sources -----------------------------------------------------------------------------------


def _make(st: _Sent, src: tuple[int, int], cue: tuple[int, int], cls: str, typ: str,
          content: list[tuple[int, int]], v: Vocab, people: "_PersonTracker", pattern: str) -> Frame | None:
    a, b = src
    if b <= a:
        return None
    tier, entity = classify_source(st, a, b, v, people)
    if tier is None:
        return None
    return Frame(st.span(a, b), tier, st.span(*cue), cls, typ, content, st.index, entity, pattern=pattern)


def classify_source(st: _Sent, a: int, b: int, v: Vocab, people: "_PersonTracker") -> tuple[str | None, str | None]:
    """(tier, entity) of the source tokens [a, b); tier None for first person."""
    norm = st.norm[a:b]
    raw = [st.raw_at(i) for i in range(a, b)]
    words = [w for w in norm if w[0].isalnum()]
    if not words:
        return None, None
    if all(w in v.sources.get("first_person", ()) for w in words) or words[0] in ("i", "we"):
        return None, None  # the writer ("we are simply asked") is not a source
    if all(w in _FUNCTION_WORDS for w in words):
        return None, None  # "As reported", "of course never outright saying": no one is named
    text = st.text[st.start[a]:st.end[b - 1]]
    # Pronouns and titles resolve to the most recent person.
    if len(words) == 1 and words[0] in _PRONOUNS:
        person = people.recent()
        return (NAMED, person) if person and _PRONOUNS[words[0]] == "person" else (DESCRIBED, person)
    documentary = any(w in v.sources.get("vague_documents", ()) for w in words)
    # "Open Source Development Labs" is a name, not a source: bare words must be written in lower case
    lower_bare = any(m for m in v.phrases["bare_anonymous"].matches(norm)
                     if not any(_is_cap(raw[k]) and k > 0 for k in range(m.first, m.last))) \
        if "bare_anonymous" in v.phrases else False
    if lower_bare and not _described(v, norm) and not documentary:
        return BARE, None
    initial = a == st.first  # a capital there may only mark the sentence start
    caps = [raw[i] for i in range(len(raw)) if _is_cap(raw[i]) and norm[i][0].isalnum()
            and not (i == 0 and norm[i] in _DETERMINERS) and norm[i] not in _MONTHS
            and not (i == 0 and initial and _common_word(norm[i], v, st))]
    names = [c for c in caps if not _NATIONALITY.match(c) and c not in v.metonyms]
    if text in v.metonyms or (text.removeprefix("the ").removeprefix("The ") in v.metonyms and len(words) <= 3):
        return INSTITUTION, text.removeprefix("the ").removeprefix("The ")
    # The head noun comes before a prepositional phrase: "a majority of borrowers in a survey"
    # is headed by "majority", "a report from earlier this year" by "report".
    pp_at = next((i for i, w in enumerate(words) if w in _HEAD_PREPOSITIONS
                  and i > 0), len(words))
    head = words[pp_at - 1]
    qualified = any(w in _QUALIFIERS for w in norm) and bool(names)
    if head in v.sources.get("vague_documents", ()):
        if (qualified and names) or (caps and any(w in v.sources.get("org_suffixes", ()) for w in norm)) \
                or any(len(raw[i]) > 1 and raw[i] in names and raw[i] not in _COUNTRIES for i in range(norm.index(head))):
            # "a report by the UN", "a HuffPost/YouGov survey", "a Gallup poll": a named document
            return ORGANISATION, " ".join(names) or None
        if norm[0] in _KNOWN_DETERMINERS or (caps and norm[0] != "a"):
            # "the report", "its survey", "the OECD survey": a document the article has
            # introduced (or names), not an anonymous one
            return DESCRIBED, " ".join(words)
        return VAGUE, None
    if any(w in v.sources.get("org_suffixes", ()) for w in norm) and caps:
        return ORGANISATION, " ".join(caps)
    if any(c.isupper() and len(c) >= 2 and c.isalpha() for c in caps):  # an acronym: UN, EU, CSIS
        return ORGANISATION, " ".join(caps)
    if head in v.sources.get("vague", ()) and not qualified:
        return VAGUE, None
    if names:
        pp = next((i for i, w in enumerate(norm) if w in _AFFILIATION), None)
        if pp is not None and pp > 0 and norm[pp - 1][0].isalpha() and not _is_cap(raw[pp - 1]) \
                and norm[pp - 1] not in v.sources.get("role_nouns", ()):
            return ORGANISATION, " ".join(names)
        return NAMED, names[-1]
    definite = norm[0] == "the" and not caps and len(words) <= 3
    if any(w in v.sources.get("org_suffixes", ()) for w in words) and definite:
        return ORGANISATION, " ".join(words)  # "the union", "the ministry": one actor, named by role
    if any(w in v.sources.get("role_nouns", ()) for w in words):
        person = people.recent()
        if person and any(w in ("the", "his", "her") for w in norm[:1]) and not any(
                w in ("a", "an", "one", "two", "three", "several") for w in norm[:1]):
            return NAMED, person
        return DESCRIBED, (" ".join(words) if definite else None)
    if _matches(v, "described_markers", norm):
        return DESCRIBED, None
    if head in v.sources.get("collective", ()):
        return COLLECTIVE, None
    if caps and all(c in v.metonyms or _NATIONALITY.match(c) for c in caps):
        return INSTITUTION, caps[0]
    # "the company", "the firm": an unnamed but single, definite actor is an entity of its own
    return DESCRIBED, (" ".join(words) if definite else None)


def _common_word(word: str, v: Vocab, st: _Sent) -> bool:
    """A sentence-initial capitalised word that is a common noun, not a name: it is in
    the source vocabulary, or the article uses it in lower case elsewhere."""
    if any(word in words for words in v.sources.values()):
        return True
    return f" {word} " in st.lower_text


def _described(v: Vocab, norm: list[str]) -> bool:
    """A described-source marker other than "close to" (which tells the reader nothing)."""
    lex = v.phrases.get("described_markers")
    return bool(lex) and any(not str(m.payload).startswith("close") and "close" not in norm[m.first:m.last]
                             for m in lex.matches(norm))


def _matches(v: Vocab, key: str, norm: list[str]) -> bool:
    lex = v.phrases.get(key)
    return bool(lex and next(iter(lex.matches(norm)), None))


class _PersonTracker:
    """People mentioned in the article, for resolving "he" and "the president".

    A person is a capitalised word with a possessive ("Zelensky’s"), a name right
    before a reporting verb, or a named source already found.
    """

    def __init__(self, doc: Doc, v: Vocab) -> None:
        self.mentions: list[tuple[int, str]] = []
        text = doc.text
        for i in range(len(doc.tok_norm) - 1):
            if doc.tok_norm[i + 1] == "'s":
                tok = text[doc.tok_start[i]:doc.tok_end[i]]
                if _is_cap(tok) and tok not in v.metonyms and not _NATIONALITY.match(tok) \
                        and tok.lower() not in v.sources.get("org_suffixes", ()) and not tok.isupper() \
                        and tok.lower() not in _MONTHS:
                    self.mentions.append((doc.tok_start[i], tok))
        for m in _NAME_BEFORE_CUE.finditer(text):
            name = m.group().split()[-1]
            if name.lower() in _PRONOUNS or name.lower() in _DETERMINERS or _NATIONALITY.match(name) \
                    or name in v.metonyms or any(name.lower() in ws for ws in v.sources.values()):
                continue  # "He added", "The Ukrainian president said": not a name
            self.mentions.append((m.start(), name))
        self.mentions.sort()
        self.now = 0

    def at(self, offset: int) -> None:
        """Resolve against mentions before this offset (the cue being attributed)."""
        self.now = offset

    def mention(self, name: str, offset: int) -> None:
        self.mentions.append((offset, name))
        self.mentions.sort()

    def recent(self) -> str | None:
        best = None
        for pos, name in self.mentions:
            if pos >= self.now:
                break
            best = name
        return best


_NAME_BEFORE_CUE = re.compile(
    r"\b(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+(?=,?\s+(?:[a-z]+\s+){0,2}"
    r"(?:said|says|told|added|claimed|described|announced|argued|warned|insisted)\b)")


def _inherit_floating(doc: Doc, frames: list[Frame]) -> None:
    """A sentence that opens with a quotation right after an attributed sentence inherits
    that sentence's frame (GGT's floating quotes); across a paragraph break only from a
    named or described speaker (AP's continuing quotation, the BBC's "He said: ..." then a
    quoted paragraph)."""
    by_sentence: dict[int, list[int]] = {}
    for i, f in enumerate(frames):
        by_sentence.setdefault(f.sentence, []).append(i)
    text = doc.text
    blocks = doc.article.blocks
    for si, sent in enumerate(doc.sentences):
        if si in by_sentence or si == 0 or si - 1 not in by_sentence:
            continue
        prev = doc.sentences[si - 1]
        src = frames[by_sentence[si - 1][-1]]
        if prev.block != sent.block and not (src.vouched and blocks[prev.block].kind != HEADLINE):
            continue
        raw = text[sent.start:sent.end]
        lead = len(raw) - len(raw.lstrip())
        if not raw.strip() or raw.strip()[0] not in "“\"‘'":
            continue
        q = doc.quote_at(sent.start + lead, sent.start + lead + 1)
        if q is None or q.start != sent.start + lead:
            continue
        frames.append(Frame(src.source, src.tier, src.cue, src.cue_class, src.cue_type,
                            [(sent.start, max(sent.end, q.end))], si, src.entity,
                            inherited_from=by_sentence[si - 1][-1], pattern="floating"))
        by_sentence[si] = [len(frames) - 1]

