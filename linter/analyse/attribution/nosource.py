"""Spans that name no source: the first steps of the source chain (``sources.STEPS``).

A source is a noun phrase that can speak or publish. Before the chain asks which tier a
span is, these steps rule out what is no speaker at all: the writer ("we"), function
words, a clause or fragment cut off at a conjunction, a verb phrase, the reader ("you"),
a dateline, a direct question, a word mentioned as a word. Each returns ``NO_SOURCE`` or
None ("not mine"), like every step of the chain.
"""

from __future__ import annotations

from .clause import is_cap
from .phrase import verb_at
from .span import NO_SOURCE, Decision, Span
from .words import (ADVERBIAL_HEAD, AUX, CLAUSE_BREAK, DETERMINERS, FUNCTION_WORDS, HEAD_PREPOSITIONS,
                    LINGUISTIC_UNITS, LONE_NON_NOUNS, POSSESSIVES, PRONOUNS, QUESTION_OPENERS,
                    RECEIVED_IDEAS)

#: Words that name no one on their own: function words, adverbial heads, conjunctions.
_NOT_A_NOUN = FUNCTION_WORDS | ADVERBIAL_HEAD | (CLAUSE_BREAK - {"who", "which", "that"})


def no_words(s: Span) -> Decision | None:
    return NO_SOURCE if not s.words else None


def first_person(s: Span) -> Decision | None:
    """The writer ("we are simply asked") is not a source, nor a share of the writer or
    of the writer's side ("a part of me thinks", "many of us believe")."""
    mine = s.v.sources.get("first_person", ())
    if all(w in mine for w in s.words) or s.words[0] in ("i", "we"):
        return NO_SOURCE
    if len(s.words) >= 2 and s.words[-2] == "of" and s.words[-1] in mine:
        return NO_SOURCE
    return None


def function_words(s: Span) -> Decision | None:
    """"As reported", "of course never outright saying", "After": no one is named (a
    capitalised word past the sentence's start is a name: "Al From said")."""
    if any(is_cap(s.raw[i]) and s.a + i > s.st.first for i in range(len(s.raw))):
        return None
    return NO_SOURCE if all(w in _NOT_A_NOUN for w in s.words) else None


def cannot_speak(s: Span) -> Decision | None:
    """Words that are not a noun phrase that can speak: a clause opened by a conjunction
    ("although the club's board"), a phrase cut off at a conjunction or preposition ("12
    minutes and"), a verb phrase ("voted against the budget"), the reader ("you"), a
    fragment of an abbreviation ("a U" of "a U.S. gauge"), a comment ("It is worth noting"),
    a dateline ("KYIV, Ukraine —"), a description ("For someone who conceded ..., she did well") or nobody ("Nobody asked")."""
    words, norm = s.words, s.norm
    opens_clause = norm[0] in CLAUSE_BREAK and norm[0] not in DETERMINERS and norm[0] not in ("who", "which") \
        and s.raw[0].islower()
    cut_off = s.raw[-1].islower() and (words[-1] in HEAD_PREPOSITIONS or words[-1] in ("a", "an", "the", "worth") or (words[-1] == "to"
                                       and all(w in AUX or w in _NOT_A_NOUN for w in words[:-1])) or (
        words[-1] in CLAUSE_BREAK and words[-1] not in ("who", "whom", "which", "that")))
    verb_first = verb_at(s.raw, norm, 0)  # "voted against the budget"
    fragment = len(s.raw[-1]) == 1 and s.raw[-1].isupper() and s.raw[-1] != "I" and s.b < s.st.last \
        and s.st.norm[s.b] == "."
    described = len(words) == 2 and norm[0] in HEAD_PREPOSITIONS and words[1] in ("someone", "somebody", "anyone")
    you = s.v.sources.get("reader", ())
    reader = any(w in you for w in words[:2]) or (  # "you", "Would you", "Many of you"
        len(words) >= 3 and words[-2] == "of" and words[-1] in you)
    lex = s.v.phrases.get("nobody")
    nobody = lex is not None and any(True for _ in lex.matches_at(norm, 0))  # "Nobody asked"
    # "arrived earlier than anyone had guessed": the measure of a comparison, not a speaker
    nobody = nobody or (len(norm) >= 2 and norm[-2] == "than" and norm[-1] in ("anyone", "anybody", "everyone", "everybody"))
    if opens_clause or cut_off or verb_first or fragment or described or reader or nobody or _dateline(s) \
            or _question(s) or _lone_non_noun(s) or _mentioned(s) or _received_idea(s):
        return NO_SOURCE
    return None


def _mentioned(s: Span) -> bool:
    """A unit of language ("the term refers to", "the word 'detestable' means"): headed by
    one that no name or possessor owns, or a quoted word right after one ("the Greek word
    rendered “wicked”")."""
    if s.head in LINGUISTIC_UNITS:
        return not s.names and "'s" not in s.norm  # "Alpert's metaphor": someone's words
    st, k = s.st, s.a - 1
    word = len(s.words) == 1 and s.raw[0].islower() and s.words[0] not in PRONOUNS
    opening = k - 1 >= st.first and st.norm[k] in ("“", '"', "‘", "'") and st.norm[k - 1][0].isalnum()
    return word and opening and any(st.norm[j] in LINGUISTIC_UNITS for j in range(max(st.first, k - 3), k))


def _received_idea(s: Span) -> bool:
    """An idea or an account no one is named as holding ("the entire narrative claims
    that ...", "the popular myth suggests that ..."): it cannot speak; with a name, a possessor
    or an "of" phrase ("the mayor's narrative", "their myth", "the narrative of the
    board") it is someone's, and the next steps decide."""
    if s.head not in RECEIVED_IDEAS or s.names or "'s" in s.norm or "’s" in s.norm:
        return False
    return not any(w in POSSESSIVES or w == "of" for w in s.words)


def _question(s: Span) -> bool:
    """"Does the archbishop believe ...?", "What would you say ...?": a direct question
    opened before its subject, in a sentence that ends in a question mark, asks."""
    st = s.st
    if s.norm[0] not in QUESTION_OPENERS or len(s.norm) < 2 or (s.a > st.first and st.norm[s.a - 1][0].isalnum()
                                                                 and st.norm[s.a - 1] not in ("and", "but", "so")):
        return False
    end = st.last - 1
    while end > s.b and st.norm[end] in ("”", '"', "'", "’", ")"):
        end -= 1
    return st.norm[end] == "?"


def _lone_non_noun(s: Span) -> bool:
    """One lower-case word that is no noun: an indefinite ("any"), an adverb in -ly or a
    participle left before the cue ("..., busted, said")."""
    if len(s.words) != 1:
        return False
    w = s.words[0]
    if w in LONE_NON_NOUNS:
        return True
    return s.raw[-1].islower() and w not in s.v.source_words and w.endswith(("ly", "ed"))  # not "Kelly", "Reed"


def _dateline(s: Span) -> bool:
    """"KYIV, Ukraine —", "WASHINGTON (Reuters) -": a place in capitals opening a block,
    before a dash or a bracketed agency."""
    st = s.st
    at_block_start = s.a == st.first and st.doc.sentences[st.index].start == st.doc.block_of(st.index).start
    nxt = st.norm[s.b] if s.b < st.last else ""
    return at_block_start and s.raw[0].isupper() and len(s.raw[0]) > 2 and nxt in ("—", "–", "-", "(")
