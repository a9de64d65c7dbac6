"""Kind ``quotation``: scare quotes, quotations with no speaker, quotations reused.

``test = "scare"`` (QUOTE001): a one-to-three-word quotation with no reporting or
naming verb in its clause, no speaker of its own and not a word a speaker used earlier.
``test = "unattributed"`` (QUOTE002): a quotation of four or more words that no speaker
claims and whose speaker a reader cannot tell (``quotation_speaker.ReaderKnows``). ``test = "reused"`` (QUOTE003): quoted words
used again later under another speaker or wrapped in a framing noun ("insistence on
‘productive’ negotiations").
"""

from __future__ import annotations

import bisect
import re

from typing import Iterator, Sequence

from ..analyse.lexicon import Lexicon
from ..analyse.vocab import vocab, word_set
from ..model.article import HEADLINE
from ..model.doc import NAMED, Doc, Quote
from ..model.findings import Hit
from ..model.rules import Rule
from .base import Check, Option, render
from .quotation_speaker import ReaderKnows, opens_sentence
from .quotation_wording import award_citation, crosshead, named_commitment, needs_no_speaker, titled_holder
from ..analyse import recache

_BOUNDARY = word_set("boundaries", "quote_clause_ends")
_LIST_ITEM = word_set("boundaries", "quote_list_items")
_STOP = word_set("grammar", "stop_words")
_NAMING_NOUNS, _NAMING_WORDS = word_set("attribution", "naming_nouns"), word_set("attribution", "naming_words")
_INSCRIPTION = word_set("attribution", "inscription_words")
#: Words that make a quotation a gloss or a commonplace, mentioned rather than spoken.
_GLOSS = word_set("attribution", "gloss_words")
_COMMONPLACE = word_set("attribution", "commonplace_nouns")
_WORD = recache.compile(r"[\w’'-]+")
#: Words a title leaves in lower case ("Thelma and Louise", "Gone with the Wind").
_TITLE_FUNCTION_WORDS = word_set("attribution", "title_function_words")


class QuotationCheck(Check):
    kind = "quotation"
    DATA = {
        "test": Option(str, "", "what is looked for", ("scare", "unattributed", "reused")),
        "linking": Option(list, [], "naming verbs that introduce a quoted term (call+, dub+, known as)"),
        "framing": Option(list, [], "nouns that wrap reused quoted words in doubt (insistence, claim)"),
    }
    REQUIRED = ("test",)
    OPTIONS = {
        "max_words": Option(int, 3, "most words of a scare quote"),
        "min_words": Option(int, 4, "fewest words of a quotation that needs a speaker"),
    }

    def __init__(self, rules: list[Rule]) -> None:
        super().__init__(rules)
        self.linking = {r.code: Lexicon.of(r.data["linking"]) for r in rules}
        self.framing = {r.code: frozenset(r.data["framing"]) for r in rules}

    def check(self, doc: Doc, hits: Sequence[Hit] = ()) -> Iterator[Hit]:
        for rule in self.rules:
            test = rule.data["test"]
            if test == "scare":
                yield from self._scare(rule, doc)
            elif test == "unattributed":
                yield from self._unattributed(rule, doc)
            else:
                yield from self._reused(rule, doc)

    # --------------------------------------------------------------------------
    def _in_headline(self, doc: Doc, q: Quote) -> bool:
        return doc.block_of(doc.sentence_index(q.start)).kind == HEADLINE

    def _scare(self, rule: Rule, doc: Doc) -> Iterator[Hit]:
        cues = vocab().cues
        norms = doc.tok_norm
        # A paragraph in which a named or described source speaks: a short quotation
        # there most likely repeats that speaker's word (wire and BBC style).
        spoken = {doc.sentences[f.sentence].block for f in doc.frames
                  if f.vouched and f.cue_type != "noun" and f.inherited_from is None}
        said: _SaidBefore | None = None  # built for the first short quotation that needs it
        for qi, q in enumerate(doc.quotes):
            speaker = doc.speakers[qi] if doc.speakers else None
            if speaker is not None and doc.frames[speaker].vouched:
                continue  # the speaker's word, in their sentence
            if not 1 <= q.words <= int(rule.options["max_words"]) or self._in_headline(doc, q) \
                    or crosshead(doc, q):
                continue
            inner = doc.text[q.start + 1:q.end - 1].strip(" ,.;:!?'’\"”")
            if said is None:
                said = _SaidBefore(doc)
            if said(inner, q.start) and not self._framed(rule, doc, q):
                continue  # a speaker's word quoted back ("selling broccoli", later “broccoli”)
            if len(inner) < 3 or _uttered(doc.text[q.start + 1:q.end - 1]) or _named_term(doc, q) or titled_holder(doc, q) or named_commitment(doc, q) \
                    or award_citation(doc, q):
                continue  # rock 'n' roll; a title, a name or a term: 'Spiderweb', the 'safety check' feature;
                # an award's citation: the prize 'for its “brave” design'
            sent = doc.sentences[doc.sentence_index(q.start)]
            if sent.block in spoken:
                continue
            first, last = _clause(doc, q)
            verbs = [m for m in cues.matches(norms, first, last) if m.payload[1] != "noun"]
            if verbs or any(True for _ in self.linking[rule.code].matches(norms, first, last)):
                continue
            # Doubt is clearest when the quoted word is pinned on someone ("the government's
            # 'reforms'", "his insistence on 'productive' talks"); a quoted term with no owner
            # is often jargon being introduced: worth a look, not a gate.
            # (within the quotation's sentence: "from their seats. – ‘We’re alive’ –" pins nothing)
            # (a possessive inside an earlier quotation is that quotation's: "the valley's
            # voice" and "a grafter" pins nothing on anyone)
            own = bisect.bisect_left(doc.tok_start, q.start) - sent.first
            pinned = any(w in ("'s", "his", "her", "their", "its") for w in _words_before(doc, q, min(4, own), quoted=False))
            yield Hit(rule.code, q.start, q.end, render(rule.message, text=doc.text[q.start:q.end]),
                      rule.severity if pinned else "info")

    def _framed(self, rule: Rule, doc: Doc, q: Quote) -> bool:
        """A framing noun wraps the quotation ("his insistence on 'productive' talks")."""
        before = [w for w in _words_before(doc, q, 3) if w not in ("on", "of", "about", "a", "the")][-1:]
        return any(w in self.framing[rule.code] for w in before)

    def _unattributed(self, rule: Rule, doc: Doc) -> Iterator[Hit]:
        # Paragraphs where a named or described source speaks: a quotation there or in the
        # next paragraph is most likely theirs, with the attribution just out of reach.
        speaking = {doc.sentences[f.sentence].block for f in doc.frames if f.vouched and f.cue_type != "noun"}
        known = ReaderKnows(doc)
        previous_attributed = previous_flagged = False
        previous_sentence = known_block = -10
        for qi, q in enumerate(doc.quotes):
            speaker = doc.speakers[qi] if doc.speakers else None
            attributed = q.attributed or speaker is not None
            si = doc.sentence_index(q.start)
            block = doc.sentences[si].block
            if attributed:
                known_block = block
            # A quotation that opens a sentence within two sentences of an attributed one
            # continues that speaker (GGT's floating quotes; exports that lost paragraph breaks).
            follows = si - previous_sentence <= 2 and opens_sentence(doc, q, si)
            if attributed or (previous_attributed and follows):
                previous_attributed, previous_flagged, previous_sentence = True, False, si
                continue
            continuing = previous_flagged and follows  # one finding per run of unattributed quotes
            previous_attributed, previous_sentence = False, si
            if continuing:
                continue
            previous_flagged = False
            if q.words < int(rule.options["min_words"]) or self._in_headline(doc, q) or crosshead(doc, q):
                continue
            if block in speaking or block - 1 in speaking or block == known_block or known(q, block):
                # the reader knows whose words these are: the quotations that run on from
                # them (no new speaker, the same speaker) are theirs, and the paragraph's later ones
                previous_attributed, known_block = True, block
                continue
            if _named_term(doc, q):
                continue  # a title, a name or a term: “Thelma and Louise”, a so-called ''wash sale''
            if _inscription(doc, q) or _mentioned(doc, q) or needs_no_speaker(doc, q):
                continue  # a sign, a label, a slogan or a document; a gloss, a commonplace, a citation, a hypothetical line
            before = _words_before(doc, q, 1)
            if before and before[0] in ("the", "a", "an", "its", "their", "his", "her", "'s", "of", "as", "be", "a"):
                continue  # a phrase being named or a slogan: the "Click before you think" campaign
            previous_flagged = True
            yield Hit(rule.code, q.start, q.end, render(rule.message, text=doc.text[q.start:q.end]), rule.severity)

    def _reused(self, rule: Rule, doc: Doc) -> Iterator[Hit]:
        # (content words, speaker frame, speaker, display copy): a display copy's speaker
        # is no second speaker of the words (see _display_copy)
        seen: list[tuple[frozenset[str], int | None, str | None, bool]] = []
        postings: dict[str, list[int]] = {}  # word -> the earlier quotations that hold it
        for qi, q in enumerate(doc.quotes):
            content = frozenset(w.lower().strip("‘’'\".,;:!?“”") for w in doc.text[q.start + 1:q.end - 1].split()) - _STOP
            content = frozenset(w for w in content if w)
            if not content or crosshead(doc, q):
                continue  # a crosshead repeats a quotation: neither a reuse nor what is reused
            frame_i = doc.speakers[qi] if doc.speakers else None
            entity = doc.frames[frame_i].entity if frame_i is not None else None
            # an earlier quotation holding every word holds the rarest one: look only there,
            # and at the nearest _REACH * 8 of those, so a thousand one-word quotes stay linear
            rarest = min((postings.get(w, ()) for w in content), key=len)
            earlier = [seen[k] for k in rarest[-_REACH * 8:] if content <= seen[k][0]]
            if earlier and not self._in_headline(doc, q) and not _named_term(doc, q, naming_words=False):
                # the framing word wraps the quotation itself ("his insistence on
                # 'productive' talks"), not a clause before it ("the claim that this 'put'")
                # (not when the quotation is credited to the same speaker as before: "his
                # ''negatives,'' he called them" is his word, given back to him)
                wrapped = self._framed(rule, doc, q) and not (
                    entity and all(e and _same_person(e, entity) for _, _, e, _ in earlier))
                named = frame_i is not None and doc.frames[frame_i].tier == NAMED
                # a phrase credited to two people, not one word both used ("delighted")
                other = named and len(content) >= 3 and any(
                    f is not None and doc.frames[f].tier == NAMED and not _same_person(e, entity)
                    for _, f, e, display in earlier if not display)
                if wrapped or other:
                    s = q.start
                    # include the framing noun phrase in the span ("insistence on ‘productive’")
                    yield Hit(rule.code, s, q.end, render(rule.message, text=doc.text[q.start:q.end]), rule.severity)
            for w in content:
                postings.setdefault(w, []).append(len(seen))
            seen.append((content, frame_i, entity, self._in_headline(doc, q) or _display_copy(doc, q)))


class _SaidBefore:
    """What named or described speakers said before an offset (their reported speech, in
    quotation marks or not, as one lower-case string of words in text order)."""

    def __init__(self, doc: Doc) -> None:
        spans = sorted((s, e) for f in doc.frames if f.vouched and f.speech for s, e in f.content)
        self.starts = [s for s, _ in spans]
        self.ends: list[int] = []
        text = " "
        for s, e in spans:
            text += " ".join(_WORD.findall(doc.text[s:e].lower())) + " | "
            self.ends.append(len(text))
        self.text = text

    def __call__(self, words: str, offset: int) -> bool:
        n = bisect.bisect_left(self.starts, offset)
        needle = " ".join(_WORD.findall(words.lower()))
        return bool(needle) and n > 0 and self.text.find(f" {needle} ", 0, self.ends[n - 1]) >= 0


def _display_copy(doc: Doc, q: Quote) -> bool:
    """Whether a quotation fills its paragraph alone, with at most a short credit line after
    it (a pull quote: "“Iowa happened ... I never begrudged it. Bill Clinton.”"): display
    copy repeats a quotation the story gives in full, and the credit it carries is no
    sentence the speaker resolver reads, so whoever it is credited to is no second speaker
    of the words."""
    block = doc.block_of(doc.sentence_index(q.start))
    if doc.text[block.start:q.start].strip():
        return False
    tail = doc.text[q.end:block.end].strip(" .,;:—–-\n")
    words = tail.split()
    return len(words) <= 4 and all(w[:1].isupper() for w in words)


def _same_person(a: str | None, b: str | None) -> bool:
    """Whether two speakers' names are one person as a story writes them ("Bill Clinton",
    later "Clinton"); an unknown name is nobody else."""
    if not a or not b:
        return True
    return a.split()[-1].lower() == b.split()[-1].lower()


def _named_term(doc: Doc, q: Quote, naming_words: bool = True) -> bool:
    """Quoted words that are a name, not a quotation: a title (its content words all
    capitalised: “Thelma and Louise”, 'Digital Services Act'), words named as a term
    ("a so-called ''wash sale''", "known as 'swatting'"), or a product, feature,
    show or index named by the noun after it (Facebook's "safety check" feature, the
    ISM's "prices paid" index) or, two or three words, by its own last word (his "golden
    rule", the "red button"). A reused quotation is looked at without the naming words."""
    inner = doc.text[q.start + 1:q.end - 1].strip(" ,.;:!?'’\"“”")
    content = [w for w in inner.split() if w.lower() not in _TITLE_FUNCTION_WORDS]
    if content and all(w[:1].isupper() or not w[:1].isalpha() for w in content) \
            or 2 <= len(inner.split()) <= 3 and inner.split()[-1].lower() in _NAMING_NOUNS:
        return True
    if naming_words and any(w in _NAMING_WORDS for w in _words_before(doc, q, 3)):
        return True
    i = bisect.bisect_left(doc.tok_start, q.end)
    return i < len(doc.tok_norm) and doc.tok_norm[i] in _NAMING_NOUNS


def _inscription(doc: Doc, q: Quote) -> bool:
    """Words within three either side of a quotation (punctuation not counted) that make
    it the text of a thing ("see written on it, “...”")."""
    i = bisect.bisect_left(doc.tok_start, q.end)
    before = [w for w in _words_before(doc, q, 5) if w[:1].isalnum()][-3:]
    return any(w in _INSCRIPTION for w in before + doc.tok_norm[i:i + 3])


def _mentioned(doc: Doc, q: Quote) -> bool:
    """A quotation mentioned, not spoken: a gloss ("'best' now means 'most played'") or a
    commonplace named by its noun ("the view that '...'", "the old adage '...'")."""
    before = [w for w in _words_before(doc, q, 4) if w[:1].isalnum()]
    nouns = before[:-1] if before[-1:] == ["that"] else before
    return any(w in _GLOSS for w in before[-2:]) or (bool(nouns) and nouns[-1] in _COMMONPLACE)


_REACH = 40


def _clause(doc: Doc, q: Quote) -> tuple[int, int]:
    """Token range of the clause around a quotation: out to the nearest punctuation
    boundary on each side (the quote's own marks and inner punctuation excluded), and at
    most ``_REACH`` tokens each way: past that no reader takes a verb as framing the
    quotation, and the bound keeps a sentence with no punctuation linear."""
    starts = doc.tok_start
    i = bisect.bisect_left(starts, q.start)
    j = bisect.bisect_left(starts, q.end)
    sent = doc.sentences[doc.sentence_index(q.start)]
    a = i - 1
    while a >= max(sent.first, i - _REACH):
        if doc.tok_norm[a] not in _BOUNDARY:
            a -= 1
            continue
        listed = _listed_before(doc, a)
        if listed is None:
            break
        a = listed - 1  # the clause of the list's earlier items ("spoke of a 'X', a 'Y' and a 'Z'")
    b = j
    while b < min(sent.last, j + _REACH) and doc.tok_norm[b] not in _BOUNDARY:
        b += 1
    return a + 1, b


def _listed_before(doc: Doc, comma: int) -> int | None:
    """When the boundary token ``comma`` is a comma right after a closing quotation mark,
    the first token of that quotation, when a determiner or a quotation mark opens the next
    item: the comma separates items of one list of quoted terms ("officials spoke of a
    'river of Islam', an 'oriental' culture and a threat to the union's 'cultural
    richness'"), and the verb that introduces the list introduces every item; otherwise
    None. A quotation ending in its own comma ("'We will appeal,' she
    said") closes after the comma and is not a list."""
    if doc.tok_norm[comma] != "," or comma == 0 or comma + 1 >= len(doc.tok_norm) \
            or doc.tok_norm[comma + 1] not in _LIST_ITEM:
        return None
    at = doc.tok_start[comma]
    k = bisect.bisect_left(doc.quotes, at, key=lambda o: o.end)
    if k == len(doc.quotes) or doc.quotes[k].end != at:
        return None
    return bisect.bisect_left(doc.tok_start, doc.quotes[k].start)


def _words_before(doc: Doc, q: Quote, n: int, quoted: bool = True) -> list[str]:
    """The ``n`` tokens before a quotation; without ``quoted``, those inside another
    quotation left out."""
    i = bisect.bisect_left(doc.tok_start, q.start)
    if quoted:
        return doc.tok_norm[max(0, i - n):i]
    starts = doc.tok_start
    return [doc.tok_norm[k] for k in range(max(0, i - n), i)
            if not any(o.start <= starts[k] < o.end for o in doc.quotes if o is not q)]


def _uttered(inner: str) -> bool:
    """An exclamation or a question ("'Goodbye!'", "'Why me?'") or one sound said over and
    over ("'no, no, no'"): words someone spoke out loud, reported as said, not a word the
    writer holds at arm's length."""
    if re.search(r"[!?]['’\"”]*\s*$", inner):
        return True
    words = re.findall(r"[\w’'-]+", inner.lower())
    return len(words) >= 2 and len(set(words)) == 1
