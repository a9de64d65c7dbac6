"""A verdict the court has not given, for the ``allegation`` kind: "Reid murdered the
guard" in a story that says Reid denies murder, is charged with it or is on trial. The
prosecution's case stated as the writer's fact is an allegation with no accuser in sight
(contempt and defamation risk), whoever else the paragraph names: a police diver or a
prosecutor elsewhere in the story does not make the writer's sentence theirs. Once the
story says the person was convicted, admitted it or was jailed, the verb is the finding.
"""

from __future__ import annotations

from typing import Iterator

from ..analyse.attribution.words import AUX, BE, DETERMINERS, PRONOUNS
from ..analyse.lexicon import Lexicon, sentence_matches
from ..analyse.vocab import word_set
from ..model.article import HEADLINE
from ..model.doc import Doc, Sentence
from .allegation_acts import asserted

_BETWEEN = word_set("boundaries", "allegation_between")


def unproven_verdicts(doc: Doc, verdicts: Lexicon, pending: Lexicon, decided: Lexicon,
                      hearing: Lexicon) -> Iterator[tuple[int, int]]:
    """The spans of verdict verbs ("murdered") the writer states flatly about a person the
    story also reports as still answering the charge (``pending``: denies, is charged with,
    on trial) and never as convicted or confessing (``decided``), in a sentence that does
    not give itself as what the court heard (``hearing``)."""
    found = sentence_matches(verdicts, doc)
    for si, sent in enumerate(doc.sentences):
        if not found[si] or doc.block_of(si).kind == HEADLINE \
                or any(True for _ in hearing.matches(doc.tok_norm, sent.first, sent.last)):
            continue
        for m in found[si]:
            s, e = doc.span(m.first, m.last)
            if doc.in_speech(s, e) or doc.shielded(s, e) or not asserted(doc, sent, m.first):
                continue
            name = _subject_name(doc, sent, m.first)
            if name and _said_of(doc, name, pending) and not _said_of(doc, name, decided):
                yield s, _account_end(doc, sent, m.last, e)


def _account_end(doc: Doc, sent: Sentence, last: int, end: int) -> int:
    """Where the account the verdict opens ends: the rest of its sentence up to a closing
    relative or the full stop ("murdered the driver after a row, and then drove off in the
    cab, where ..."): every act in it is the prosecution's case told as fact."""
    norms = doc.tok_norm
    k = last
    while k < sent.last and norms[k] not in (".", "!", "?", ";") \
            and not (norms[k] == "," and k + 1 < sent.last and norms[k + 1] in _RELATIVES):
        k += 1
    return max(end, doc.tok_end[k - 1]) if k > last else end


#: Words that open a relative clause about a place or a thing, not another act of the subject.
_RELATIVES = frozenset({"where", "which", "when", "who", "whose", "whom"})


def _subject_name(doc: Doc, sent: Sentence, first: int) -> str:
    """The name the verb at token ``first`` is about, as written ("Varga murdered",
    "Mr Varga then murdered", "Varga, who murdered"), or "" when its subject is no name."""
    norms, text, starts = doc.tok_norm, doc.text, doc.tok_start
    k = first - 1
    while k >= sent.first and (norms[k] in _BETWEEN or norms[k] in AUX or norms[k] in BE
                               or (norms[k].endswith("ly") and text[starts[k]].islower())):
        k -= 1
    if k >= sent.first + 1 and norms[k] == "who" and norms[k - 1] == ",":
        k -= 2
    if k < sent.first:
        return ""
    raw = text[starts[k]:doc.tok_end[k]]
    if not raw[:1].isupper() or not raw.isalpha() or norms[k] in DETERMINERS or norms[k] in PRONOUNS:
        return ""
    return raw


def _said_of(doc: Doc, name: str, phrases: Lexicon) -> bool:
    """Whether a sentence that names ``name`` (as written) holds one of ``phrases``;
    "found not guilty of" is no finding of guilt."""
    norms = doc.tok_norm
    for sent in doc.sentences:
        if not any(doc.text[doc.tok_start[k]:doc.tok_end[k]] == name for k in range(sent.first, sent.last)):
            continue
        for m in phrases.matches(norms, sent.first, sent.last):
            if m.first > sent.first and norms[m.first - 1] == "not":
                continue  # "found not guilty of", "has not admitted"
            return True
    return False
