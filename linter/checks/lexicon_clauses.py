"""Whose voice a lexicon match is in, for the clauses that report someone else's words
around it: the infinitive a directing verb asks of its object ("urged him to make it a
game-changer") and a relative clause in which someone says what the noun phrase is ("a
feckless council that he argued was wrecking the town"). The lexicon kind asks these
after it has found a match (see lexicon_voice for the rest)."""

from __future__ import annotations

from ..analyse.lexicon import Lexicon
from ..analyse.vocab import word_set
from ..analyse.wordclass import VERB, parts
from .lexicon_voice import _AS_BREAK, _BE, _DETERMINERS


#: "aides urged him to make the debate a game-changer": verbs whose object is told to act.
_DIRECTING = Lexicon.of(sorted(word_set("attribution", "directing_verbs")))
#: The writer, advising ("I urge readers to ..."), and the object pronouns no infinitive opens.
_WRITER = frozenset({"i", "we"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "it", "you", "whom"})
#: Words that end the object or the infinitive's clause before the word: a clause break,
#: a new clause's opener or a quotation.
_DIRECT_BREAK = _AS_BREAK | {",", "and", "or", "if", "whether", "said", "says", "“", "”", '"'}


def _infinitive(word: str) -> bool:
    """Whether the word after "to" can open an infinitive: a verb, or a word the word
    classes do not know ("get", "be") that is no determiner or object pronoun."""
    known_parts = parts(word)
    if known_parts:
        return bool(known_parts & VERB)
    return word.isalpha() and word not in _DETERMINERS and word not in _OBJECT_PRONOUNS


def directed(norms: list[str], first: int, begin: int) -> bool:
    """Whether token ``first`` stands in the infinitive a directing verb's subject asks of
    its object ("Fellow councillors are urging the mayor to make the hearing a game-changer",
    "his aide had warned him not to get too nasty"): the subject's advice, reported, not
    the writer's description. The verb needs an object of its own before "to" (a passive,
    "was urged to", names no adviser), a verb after it ("asked if this amounted to the
    party's much vaunted plan" has a preposition) and a subject that is not the writer ("I urge readers
    to reject this shameful plan")."""
    for m in _DIRECTING.matches(norms, max(begin, first - 16), first):
        if _WRITER.intersection(norms[max(begin, m.first - 2):m.first]):
            continue
        after = norms[m.last:first]
        if "to" not in after:
            continue
        to = after.index("to")
        obj, clause = after[:to], after[to + 1:]
        if obj and obj[-1] == "not":
            obj = obj[:-1]
        if 1 <= len(obj) <= 5 and not _DIRECT_BREAK.intersection(obj) and "to" not in obj \
                and clause and _infinitive(clause[0]) \
                and len(clause) <= 9 and not _DIRECT_BREAK.intersection(clause):
            return True
    return False


_RELATIVE_SPEECH = Lexicon.of(sorted(word_set("attribution", "relative_speech_verbs")))
_RELATIVES = frozenset({"that", "which", "who"})
_NP_GLUE = frozenset({"and", "or", ",", "-"})
#: What opens the clause the relative's noun phrase is the subject of ("that he argued was
#: wrecking", "which she says will save"): its verb, a form of "be" or an auxiliary.
_AUXILIARIES = frozenset({"will", "would", "could", "can", "might", "may", "must", "should", "shall",
                          "has", "had", "have", "did", "does", "do", "had"})


def said_of(norms: list[str], first: int, last: int, end: int) -> bool:
    """Whether the noun phrase of tokens [first, last) runs on into a relative clause in
    which someone else says or believes what it is ("a feckless council that he argued was
    wrecking the town"): the description is the speaker's, reported. Between the word and
    the relative only the rest of its noun phrase stands; the clause's subject is a few
    words that are not the writer ("that I think is reckless"), and the noun phrase must be
    the subject of the clause the verb reports, which opens with "be" or an auxiliary right
    after it ("that he said nothing about" and "that he argued with" report nothing of it)."""
    if parts(norms[last - 1]) == VERB:
        return False  # "slammed the council, who he said were": a verb heads no noun phrase
    j = last
    while j < min(end, last + 5) and norms[j] not in _RELATIVES and (norms[j].isalpha() or norms[j] in _NP_GLUE) \
            and norms[j] not in _AS_BREAK and not _BE.intersection((norms[j],)):
        j += 1
    if j >= end or norms[j] not in _RELATIVES:
        return False
    for m in _RELATIVE_SPEECH.matches(norms, j + 2, min(end, j + 6)):
        subject = norms[j + 1:m.first]
        after = norms[m.last] if m.last < end else "."
        if subject and subject[0] not in ("i", "we", "you") and not _AS_BREAK.intersection(subject) \
                and not _BE.intersection(subject) and (after in _BE or after in _AUXILIARIES):
            return True
    return False
