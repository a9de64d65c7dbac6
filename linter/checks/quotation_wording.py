"""Quotations that a reader does not need a speaker for (QUOTE002's exceptions by
structure): a cited headline with its publication in parentheses, the wording of a
document the sentence names, and a hypothetical utterance after a modal ("a reader
would now ask: “...”"); and (QUOTE001's) a job title quoted before its holder's name
and a word of an award's citation; and (all three tests) a crosshead that repeats a quotation."""

from __future__ import annotations

import bisect
import re

from ..analyse.vocab import vocab, word_set
from ..model.doc import Doc, Quote
from ..analyse import recache

#: Documents and texts with a wording of their own (laws, rules, reports, recordings).
_WORDING = word_set("attribution", "wording_sources") | word_set("sources", "vague_documents") \
    | word_set("sources", "recordings")
#: Modals that make what follows something that might be said, not something said.
_MODALS = word_set("attribution", "unreported_before")
#: Verbs that pin a label on something ("has been called", "was described as").
_NAMING = word_set("attribution", "naming_participles") | {"described", "deemed", "seen", "viewed", "branded"}
#: What follows a cited title inside its parentheses: the publication, then a date or page.
_CITATION = recache.compile(r"\s*,?\s*[A-Z][^()\n]{0,60}\)")
#: How far back in its sentence a quotation's document may be named.
_REACH = 25


#: A law's or treaty's title: capitalised words ending in one of ``law_titles``.
_LAW_TITLE = recache.compile(r"\b(?:[A-Z][\w'’.-]*\s+){1,6}(?:" + "|".join(sorted(word_set("attribution", "law_titles")))
                             + r")\b")


def needs_no_speaker(doc: Doc, q: Quote) -> bool:
    """Whether the quotation is a citation, a document's wording or a hypothetical line."""
    i = bisect.bisect_left(doc.tok_start, q.start)
    si = doc.sentence_index(q.start)
    first = doc.sentences[si].first
    before = doc.tok_norm[max(first, i - _REACH):i]
    return _cited(doc, q) or _document_wording(before) or _hypothetical(before) or _as_said(before) \
        or _law_before(doc, si) or _credited_block(doc, q) \
        or _said_after(doc, doc.sentence_index(q.end - 1))


#: A source credit closing a digest's paragraph: "[AP.]", "(Reuters)", "[Politico]".
_BLOCK_CREDIT = recache.compile(r"[\[(]\s*[A-Z][\w.&’'/ -]{0,40}?\.?\s*[\])]\.?\s*$")


def _credited_block(doc: Doc, q: Quote) -> bool:
    """A news digest's item: the quotation's paragraph ends with its source in brackets
    ("“The address will ...” Tune in at 9 p.m. [AP.]"): the paragraph is that source's."""
    block = doc.block_of(doc.sentence_index(q.start))
    return q.end <= block.end and _BLOCK_CREDIT.search(doc.text, q.end, block.end) is not None


#: A sentence that names the speaker of the quotation just before it ("So says the narrator").
_SO_SAYS = recache.compile(r"\W*so (?:says|said|writes|wrote|goes|went|sings|sang)\b", re.IGNORECASE)


def _said_after(doc: Doc, si: int) -> bool:
    """The sentence after the quotation's last (``si``) opens by naming who said it ("“The stories end.” / So says a voice
    at the end of the film"): the speaker follows the quotation."""
    if si + 1 >= len(doc.sentences):
        return False
    nxt = doc.sentences[si + 1]
    return _SO_SAYS.match(doc.text, nxt.start, nxt.end) is not None


def _law_before(doc: Doc, si: int) -> bool:
    """The sentence before, in the quotation's paragraph, names a law or treaty by its title
    ("Under the Presidential Records Act of 1978, the archivist must ..."): the quotation
    nobody speaks in the next sentence is that text's wording."""
    if si == 0 or doc.sentences[si - 1].block != doc.sentences[si].block:
        return False
    prev = doc.sentences[si - 1]
    return _LAW_TITLE.search(doc.text, prev.start, prev.end) is not None


def _cited(doc: Doc, q: Quote) -> bool:
    """'(“Romney blasts Trump,” USATODAY.com, Thursday)': a title with its publication."""
    return doc.text[max(0, q.start - 3):q.start].rstrip().endswith("(") \
        and _CITATION.match(doc.text, q.end, min(len(doc.text), q.end + 80)) is not None


def _document_wording(before: list[str]) -> bool:
    """A document or text named before the quotation in its sentence ("conduct standards
    that bar lawyers who “participated ...”"), with no naming verb after it: "the policy
    has been called “a disaster for families”" is somebody's verdict, unattributed."""
    k = next((n for n, w in enumerate(before) if w in _WORDING), None)
    return k is not None and not any(w in _NAMING for w in before[k + 1:])


#: Participles of saying the cue list leaves out ("as she had written", "as he put it").
_PARTICIPLES = frozenset({"written", "put", "spoken"})


def _as_said(before: list[str]) -> bool:
    """"As the columnist Jo Hale had written a few years earlier, “...”": a sentence that
    opens with "as", a verb of saying and a comma right before the quotation names its speaker."""
    if len(before) < 3 or before[0] != "as" or before[-1] != ",":
        return False
    cues = vocab().cues
    return any(before[k] in _PARTICIPLES or any(True for _ in cues.matches(before, k, k + 1))
               for k in range(1, len(before) - 1))


def _hypothetical(before: list[str]) -> bool:
    """"a reader would now ask: “...”": a modal, at most one adverb, a verb of saying, then
    the colon that opens the quotation."""
    if not before or before[-1] != ":":
        return False
    cues = vocab().cues
    for m, w in enumerate(before[-8:-1]):
        if w in _MODALS:
            rest = before[-8:-1][m + 1:m + 3]
            if any(v == "ask" or any(True for _ in cues.matches([v], 0, 1)) for v in rest):
                return True
    return False


_ROLES = vocab().sources.get("role_nouns", frozenset())
#: A person's name right after the quotation: two capitalised words, a middle initial between.
_NAME_AFTER = recache.compile(r"\s+[A-Z][a-z’'-]+ (?:[A-Z]\. )?[A-Z][a-z’'-]+")


def titled_holder(doc: Doc, q: Quote) -> bool:
    """'The paper sent its “senior roving correspondent” Jo Marsh': a quoted job title (its
    last word a role noun) before the name of the person who holds it names, it does not doubt."""
    words = doc.text[q.start + 1:q.end - 1].strip(" ,.;:!?'’\"”").lower().split()
    return bool(words) and words[-1] in _ROLES and _NAME_AFTER.match(doc.text, q.end) is not None


#: Nouns whose "of" names the commitment itself ("his promise of “free transit”").
_COMMITMENTS = frozenset({"promise", "promises", "pledge", "pledges", "vow", "vows", "slogan", "slogans"})
_AFTER_WHOLE = frozenset({"and", "or", "as", "to", "in", "on", "for", "with", "but", "that", "which", "while"})


def named_commitment(doc: Doc, q: Quote) -> bool:
    """"his promise of “free transit” as a way to ...": the quotation is the whole of what a
    promise, pledge or slogan "of" names, the sponsor's own words for it, not a doubt about
    them; "his promise of “free” transit" still wraps one word of the phrase in doubt."""
    i = bisect.bisect_left(doc.tok_start, q.start)
    if i < 2 or doc.tok_norm[i - 1] != "of" or doc.tok_norm[i - 2] not in _COMMITMENTS:
        return False
    j = bisect.bisect_left(doc.tok_start, q.end)
    return j >= len(doc.tok_norm) or not doc.tok_norm[j][:1].isalpha() or doc.tok_norm[j] in _AFTER_WHOLE


_AWARDS = word_set("attribution", "award_nouns")
#: What may stand between "for" and a citation's quoted word ("for its", "for the").
_CITATION_LEAD = frozenset({"its", "his", "her", "their", "the", "a", "an", "our", "your"})


def award_citation(doc: Doc, q: Quote) -> bool:
    """"The studio won two prizes for its “inspiring” work": the quotation follows the "for" of
    the reason an award, prize or medal named earlier in its sentence was given: the
    citation's word, quoted from the awarding body; "the mayor's “reforms” won no prize"
    is still the writer's doubt."""
    i = bisect.bisect_left(doc.tok_start, q.start)
    first = doc.sentences[doc.sentence_index(q.start)].first
    k = i - 1
    while k > first and doc.tok_norm[k] in _CITATION_LEAD and i - k <= 2:
        k -= 1
    return k > first and doc.tok_norm[k] == "for" and any(w in _AWARDS for w in doc.tok_norm[max(first, k - 12):k])


#: What may stand beside a crosshead's quotation in its block: dashes, bullets, punctuation.
_CROSSHEAD_FRAME = recache.compile(r"[\s\-–—•*.:,;!?]*")
#: Most words of a crosshead: a line that breaks up a story, not a paragraph of speech.
_CROSSHEAD_WORDS = 10


def crosshead(doc: Doc, q: Quote) -> bool:
    """"– ‘Nobody else would do it’ –" on a line of its own, and a speaker saying “Nobody
    else would do it” in another paragraph: a crosshead (wire and newspaper copy break a
    long story with a line quoted from it) repeats a quotation the story gives its
    speaker. It is a heading, not a scare quote, an unattributed quotation or another
    speaker's use of the words."""
    if q.words > _CROSSHEAD_WORDS:
        return False
    block = doc.block_of(doc.sentence_index(q.start))
    if not (_CROSSHEAD_FRAME.fullmatch(doc.text, block.start, q.start)
            and _CROSSHEAD_FRAME.fullmatch(doc.text, q.end, block.end)):
        return False
    needle = _quoted_words(doc, q)
    return needle != "  " and any(needle in _quoted_words(doc, o) for o in doc.quotes
                                  if o.start >= block.end or o.end <= block.start)


_QUOTED_WORD = recache.compile(r"[^\W_][\w’'-]*")


def _quoted_words(doc: Doc, q: Quote) -> str:
    """A quotation's words, lower case, apostrophes of ''-style marks stripped, space-padded."""
    return " " + " ".join(w.strip("'’") for w in _QUOTED_WORD.findall(doc.text[q.start + 1:q.end - 1].lower())) + " "
