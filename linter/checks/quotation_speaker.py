"""Whether a reader can tell who speaks a quotation no frame claims (QUOTE002's
``unattributed`` test): a transcript label, a story with one speaker, a run of quotation
paragraphs continuing the speaker introduced before it, a sentence that introduces the
speaker, a document the sentence before names, or a speaking verb's infinitive that
introduces it in its own sentence."""

from __future__ import annotations

import bisect

from ..analyse import recache
from ..analyse.vocab import word_set
from ..model.article import HEADLINE
from ..model.doc import Doc, Frame, Quote

#: Words a title leaves in lower case: not a name's first word.
_TITLE_FUNCTION_WORDS = word_set("attribution", "title_function_words")
_OPENING_MARKS = "“\"‘'"
#: What may stand between a sentence's start and a quotation that opens it.
_OPENERS = frozenset(" :“\"‘'")
#: Last words of organisations' names ("European Union"): not a person's surname.
_ORG_WORDS = word_set("sources", "org_suffixes")
#: Documents that speak for themselves, opening the sentence before a quotation.
_DOCUMENTS = word_set("sources", "vague_documents") | word_set("sources", "recordings") | {"statement", "document"}
_DEFINITE = frozenset({"the", "this", "its", "their", "his", "her"})
#: Speaking verbs whose infinitive introduces a quotation ("went on to state, “...”").
_INFINITIVES = word_set("attribution", "speech_infinitives")
#: A speaker given only as a pronoun ("he said"): the story's one named speaker, not another.
_PRONOUN_SPEAKERS = frozenset({"he", "she"})
#: A transcript's speaker label opening a quotation ("WALLACE: Governor, ...", "Q: ...").
_LABEL = recache.compile(r"[ \t]*(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}|Q|A):[ \t]")
_NAME_PAIR = recache.compile(r"\b[A-Z][a-z’'-]+ [A-Z][a-z’'-]+\b")
#: A line of at most this many words between a speaker and a quotation is page furniture.
_SHORT_LINE = 4
#: Paragraphs looked back for a quotation's speaker: a run of quotation paragraphs
#: continues the speaker introduced before it for this many paragraphs (the convention:
#: once a speaker is introduced, quotation paragraphs with no new speaker are theirs);
#: other paragraphs (short lines, one prose paragraph naming the speaker) count to _NEAR.
_RUN = 16
_NEAR = 4


class ReaderKnows:
    """Whether a reader knows who speaks an unattributed quotation, as a standards editor
    reads it: the quotation opens with a transcript's speaker label ("WALLACE: Governor,
    ..."); the story has one speaker only (a profile or an interview); or the nearest
    speaker before it is at most a few paragraphs back with nobody else speaking in
    between: the paragraphs between are quotation paragraphs continuing that speaker, a
    short line (a page furniture "Newsletter"), or one paragraph of prose that names that
    speaker ("Hale is upbeat about the vote. / “We will win it.”")."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.by_block: dict[int, list[Frame]] = {}
        entities = set()
        for f in doc.frames:
            if f.vouched and f.cue_type != "noun" and f.inherited_from is None:
                self.by_block.setdefault(doc.sentences[f.sentence].block, []).append(f)
                if f.entity or f.source is None or doc.text[f.source[0]:f.source[1]].lower() not in _PRONOUN_SPEAKERS:
                    entities.add(f.entity)  # "he said": a pronoun points back to a speaker, it adds none
        self.only = next(iter(entities)) if len(entities) == 1 else None
        if not entities and _told_to(doc):
            self.only = "the person the headline names"
        # the surnames of the story's named speakers ("Hal Prentiss" -> "prentiss")
        self.surnames = {e.split()[-1].lower() for e in entities if e and e.split()[-1][:1].isupper()}
        self._named: set[str] | None = None  # surnames of people the story names, on first use

    def __call__(self, q: Quote, block: int) -> bool:
        doc = self.doc
        if _LABEL.match(doc.text, q.start + 1) or self.only or self._introduced(q) or self._document_before(q) \
                or _infinitive(doc, q):
            return True
        between: list[int] = []
        other = 0  # paragraphs looked at that are not quotation paragraphs of the run
        for k in range(block - 1, max(block - _RUN, -1), -1):
            b = doc.article.blocks[k]
            if b.kind == HEADLINE:
                return False
            if k in self.by_block:
                entity = self.by_block[k][-1].entity
                if not entity:
                    return False
                return all(entity.lower() in doc.text[doc.article.blocks[j].start:
                                                      doc.article.blocks[j].end].lower() for j in between)
            text = doc.text[b.start:b.end].strip()
            if text[:1] in _OPENING_MARKS:
                continue  # a paragraph of quotation continuing the speaker: the run goes on
            other += 1
            if other > _NEAR:
                return False
            if len(text.split()) <= _SHORT_LINE:
                continue  # a short line of page furniture ("Newsletter")
            between.append(k)
            if len(between) > 1:
                return False
        return False

    def _introduced(self, q: Quote) -> bool:
        """A quotation that opens its sentence right after a sentence about one of the
        story's named speakers ("Prentiss is evangelical about the party. “I was on a
        ferry ...”"): the writer introduced the speaker, then quoted them."""
        doc = self.doc
        si = doc.sentence_index(q.start)
        if si == 0 or not opens_sentence(doc, q, si):
            return False
        prev = doc.sentences[si - 1]
        if any(doc.tok_norm[k] in self.surnames for k in range(prev.first, min(prev.last, prev.first + 60))):
            return True
        # or the sentence before has as a subject the surname of someone the story has named
        # in full ("Bostonian Hal Prentiss ..." ... "On this subject, Prentiss appears almost
        # evangelical."): a capitalised surname followed by a lower-case word, not an
        # organisation's last word ("the European Union agreed")
        named = self.named()
        for k in range(prev.first, min(prev.last - 1, prev.first + 60)):
            nxt = doc.text[doc.tok_start[k + 1]:doc.tok_end[k + 1]]
            if doc.tok_norm[k] in named and doc.tok_norm[k] not in _ORG_WORDS and doc.text[doc.tok_start[k]].isupper() \
                    and nxt.isalpha() and nxt.islower():
                return True
        return False

    def _document_before(self, q: Quote) -> bool:
        """The sentence before, in its paragraph, opens with a definite document ("The
        report put needs at 400 tonnes. Rations for “children under five” are needed")."""
        doc, si = self.doc, self.doc.sentence_index(q.start)
        prev = doc.sentences[si - 1]
        return si > 0 and prev.block == doc.sentences[si].block and doc.tok_norm[prev.first] in _DEFINITE \
            and any(w in _DOCUMENTS for w in doc.tok_norm[prev.first + 1:min(prev.last, prev.first + 3)])

    def named(self) -> set[str]:
        """Last words of "First Last" names the story writes mid-sentence."""
        if self._named is None:
            doc, out = self.doc, set()
            starts = {s.first for s in doc.sentences}
            for k in range(1, len(doc.tok_norm)):
                a, b = doc.text[doc.tok_start[k - 1]:doc.tok_end[k - 1]], doc.text[doc.tok_start[k]:doc.tok_end[k]]
                if k - 1 not in starts and a[:1].isupper() and b[:1].isupper() and a.isalpha() and b.isalpha() \
                        and a.lower() not in _TITLE_FUNCTION_WORDS:
                    out.add(b.lower())
            self._named = out
        return self._named


def _infinitive(doc: Doc, q: Quote) -> bool:
    """The quotation follows a speaking verb's infinitive and a comma or colon in its own
    sentence ("went on to state, “...”", "prompted the almanac to write, “...”"): the
    verb's subject or object, in that sentence, is the speaker, as with a finite verb."""
    i = bisect.bisect_left(doc.tok_start, q.start)
    sent = doc.sentences[doc.sentence_index(q.start)]
    if i - 3 < sent.first or doc.tok_norm[i - 1] not in (",", ":") or doc.tok_norm[i - 3] != "to":
        return False
    return doc.tok_norm[i - 2] in _INFINITIVES


def _told_to(doc: Doc) -> bool:
    """A headline names a person in a story with no attributed speaker: an as-told-to piece."""
    head = next((b for b in doc.article.blocks if b.kind == HEADLINE), None)
    return head is not None and _NAME_PAIR.search(doc.text, head.start, head.end) is not None


def opens_sentence(doc: Doc, q: Quote, si: int) -> bool:
    text = doc.text
    return all(text[k] in _OPENERS for k in range(doc.sentences[si].start, q.start))  # stops at the first word
