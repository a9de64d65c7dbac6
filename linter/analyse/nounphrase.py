"""The noun phrase a matched word describes, by position: the phrase after it
(``phrase_after``) and the one before it (``phrase_before``), over linking verbs, adverbs,
degree words, a possessive and a relative pronoun. Only geometry over the tokens and their
parts of speech; what the phrase names (its classes) is ``targets``'s."""

from __future__ import annotations

from functools import lru_cache

from ..model.doc import Doc
from .wordclass import ADJ, ADV, NOUN, VERB, closed, parts
from .wordlists import read_toml

#: Longest phrase read on each side of a match (content words).
SPAN = 4


def phrase_after(doc: Doc, i: int, end: int, titled: bool) -> tuple[int, int]:
    """Token range of the noun phrase starting at ``i`` (after one determiner); "and" or
    a comma between two adjectives does not end it ("a relentless and arrogant bully")."""
    norms = doc.tok_norm
    if i < end and (norms[i] in closed()["determiners"] or norms[i] == "'s"):
        i += 1
    start = j = i
    while j < end and j - start < SPAN:
        n = norms[j]
        if n == "'s" and j > start:
            j += 1
            continue
        if n in ("and", ",") and j + 1 < end and parts(norms[j + 1]) == ADJ:
            j += 1
            continue
        if not _np_word(doc, j, end, titled, first=j == start):
            break
        j += 1
    return start, j


def phrase_before(doc: Doc, first: int, begin: int) -> tuple[int, int]:
    """Token range of the noun phrase ending just before ``first``, stepping back over
    linking verbs and adverbs ("the cuts were brutal") and a possessive ’s; through a
    relative pronoun to what it stands for ("the authorities that are insane", "the councillor
    who slammed"); and from a
    predicate noun to the subject ("it is a disgrace"). Right after a word that can be a
    verb but not a noun the match opens that verb's object ("police studied so-called
    transactions"): there is no phrase before it."""
    norms = doc.tok_norm
    c = closed()
    j = _skip_linking(norms, first - 1, begin)
    linked = j < first - 1
    # "that shocking leaflet": "that" right before the word, with a noun after it, is a
    # determiner of the phrase the word opens, not a relative pronoun
    determiner = norms[j] == "that" and not linked and first + 1 < len(norms) and bool(parts(norms[first + 1]) & NOUN)
    if j >= begin and norms[j] in c["relatives"] and not determiner:
        # what the relative pronoun stands for: "the officials who are reckless", "the
        # councillor who slammed the plan", "a charity that supposedly helped veterans"
        j -= 1
        linked = True
    end = j + 1
    compound = end == first and j >= begin and _gerund_modifier(norms, j, begin)  # "rote testing regimes"
    if end == first and j >= begin and _verb(norms[j]) and not compound:
        return first, first
    while j >= begin and end - j <= SPAN:
        n = norms[j]
        if n == "'s" or (n in c["pronouns"] and end - j == 1):
            j -= 1
            if n != "'s":
                break
            continue
        if n in c["determiners"] or not _np_word(doc, j, end, False, first=False):
            break
        j -= 1
    if not (linked or compound) and j >= begin and norms[j] in ("a", "an") and _skip_linking(norms, j - 1, begin) < j - 1:
        return phrase_before(doc, j, begin)  # "it is a true disgrace": the subject
    return j + 1, end


def _gerund_modifier(norms: list[str], j: int, begin: int) -> bool:
    """An -ing word after an article or a noun modifies the noun after it ("rote testing
    regimes", "the training regime"): part of the phrase, not a verb opening it; what the
    phrase names then decides ("exiles fleeing regimes" names people)."""
    return norms[j].endswith("ing") and j - 1 >= begin and (
        norms[j - 1] in closed()["determiners"] or bool(parts(norms[j - 1]) & NOUN))


def _skip_linking(norms: list[str], j: int, begin: int) -> int:
    """The index before the linking verbs, negations and adverbs (degree words such as "so"
    among them: "the storm was so terrifying") that end at ``j``."""
    c = closed()
    degree = _degree_words()
    while j >= begin and (norms[j] in c["linking"] or _adverb(norms[j]) or norms[j] in c["paired"]
                          or norms[j] in degree):
        j -= 1
    return j


@lru_cache(maxsize=1)
def _degree_words() -> frozenset[str]:
    """Degree words that turn an evaluation up (``vocab/grammar.toml``)."""
    return frozenset(read_toml("grammar.toml")["degree_intensifiers"])


def _verb(norm: str) -> bool:
    """A word that is a verb here: it can only be one, or it is a participle ("studied")."""
    bits = parts(norm)
    return bool(bits & VERB) and (not bits & (NOUN | ADJ) or norm.endswith(("ed", "ing")))


def _adverb(norm: str) -> bool:
    """A word that can be an adverb and not a noun ("so", "truly", "outright")."""
    bits = parts(norm)
    return bool(bits & ADV) and not bits & NOUN


def _np_word(doc: Doc, j: int, end: int, titled: bool, first: bool) -> bool:
    """A token that can belong to a noun phrase: a noun, adjective, number or name; a
    word that can only be a verb or an adverb ends the phrase, except a participle
    that opens the phrase before another phrase word ("a devastating blow"; after a
    noun it is the verb: "City Hall raised fares")."""
    n = doc.tok_norm[j]
    if n[:1].isdigit() or n in ("%", "£", "$", "€"):
        return True
    bits = parts(n)
    if not bits:
        return False
    if bits & (NOUN | ADJ):
        return True
    if first and bits & VERB and n.endswith(("ing", "ed")) and j + 1 < end:
        nxt = parts(doc.tok_norm[j + 1])
        return bool(nxt & (NOUN | ADJ)) and not doc.tok_norm[j + 1].endswith(("ing", "ed"))
    return not titled and doc.text[doc.tok_start[j]].isupper()
