"""Acts of misconduct stated as fact, for the ``allegation`` kind: where "alleged" is the
careful word, "he pocketed the expenses" or "she siphoned the royalties" is the writer
making the accusation outright. These helpers decide whether such an act is the writer's
assertion about someone (not hedged, denied, asked or reported) and whom it is about; the
check itself decides whether an accuser or an established finding is near."""

from __future__ import annotations

from ..analyse.attribution.words import AUX, BE, POSSESSIVES
from ..analyse.vocab import word_set
from ..model.doc import Doc, Sentence

_PHRASE_END = word_set("boundaries", "allegation_ends")
#: Words before the act that make it something other than a flat assertion, words between
#: a subject and its act, and subjects that are nobody in particular (vocab/boundaries.toml).
_NOT_ASSERTED = word_set("boundaries", "allegation_not_asserted")
_BETWEEN = word_set("boundaries", "allegation_between")
_INDEFINITE = word_set("boundaries", "allegation_indefinite")
_DEFINITE = frozenset({"the", "this", "that", "these", "those"}) | POSSESSIVES
_PERSONAL = frozenset({"he", "she", "they", "it", "who", "which", "we"})


def asserted(doc: Doc, sent: Sentence, first: int) -> bool:
    """Whether the act at token ``first`` is stated flatly by the writer: no denial, hedge,
    condition or reporting word before it in its clause, and the sentence is no question."""
    norms = doc.tok_norm
    if doc.text[doc.tok_start[sent.first]:doc.tok_end[sent.last - 1]].rstrip().endswith("?"):
        return False
    if first > sent.first and norms[first - 1] == "to":
        return False  # "plans to raid the fund", "tried to bribe": an intention, reported as such
    k = first - 1
    while k >= sent.first and norms[k] not in (";", ":"):
        if norms[k] in _NOT_ASSERTED:
            return False
        k -= 1
    return True


def takes_funds(norms: list[str], last: int, hi: int, funds: frozenset[str]) -> bool:
    """Whether a verb of taking ending before token ``last`` has other people's money as
    its object within its clause ("raided the parks fund", "siphoning royalties from")."""
    for j in range(last, min(hi, last + 7)):
        if norms[j] in funds:
            return True
        if norms[j] in _PHRASE_END and j > last:
            return False
    return False


def subject(doc: Doc, sent: Sentence, first: int) -> str:
    """Whom the act at token ``first`` is about, as a class: "named" (a name, a name's
    possession, a pronoun or relative standing for someone, a definite party: "Pell", "his
    campaign", "who", "the same group"), "unnamed" (an indefinite one: "a man", "someone"),
    or "" when no subject is found before it."""
    norms, text, starts = doc.tok_norm, doc.text, doc.tok_start
    k = first - 1
    while k >= sent.first and (norms[k] in _BETWEEN or norms[k] in AUX or norms[k] in BE
                               or (norms[k].endswith("ly") and text[starts[k]].islower())):
        k -= 1
    if k < sent.first:
        return ""
    if norms[k] == "," and k - 1 > sent.first and text[starts[k - 1]].isupper():
        return "named"  # an appositive name: "The treasurer, Ruth Amos, defrauded ..."
    word = norms[k]
    if word in _PERSONAL or word == "'s" or (text[starts[k]].isupper() and k > sent.first and word.isalpha()):
        return "named"
    if word in _INDEFINITE:
        return "unnamed"
    # a noun phrase: its determiner decides ("the same group", "his campaign", "a teenager")
    for j in range(k, max(sent.first - 1, k - 4), -1):
        if norms[j] in _INDEFINITE:
            return "unnamed"
        if norms[j] in _DEFINITE or norms[j] == "'s":
            return "named"
    return "named" if text[starts[k]].isupper() else ""
