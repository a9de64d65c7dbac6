"""The people an article mentions, for resolving "he" and "the president".

A pronoun or a title as a source names the most recent person mentioned before the
cue. Mentions are found when a pronoun or a title first asks (a capitalised word with a
possessive, a name right before a reporting verb) and added as named sources are found.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from typing import Iterator

from ...model.doc import Doc
from ..lexicon import positions
from ..vocab import Vocab
from .clause import is_cap
from .words import DATE_WORDS, DETERMINERS, PRONOUNS, is_nationality
from .. import recache

#: The reporting verbs a name before them is a speaker of.
_VERBS = ("said", "says", "told", "added", "claimed", "described", "announced", "argued", "warned", "insisted")
#: A name of one to three capitalised words before a reporting verb, at most two
#: lower-case words apart that are not a pronoun ("Ana Ruiz said", "Ana Ruiz also
#: said"; in "Westbrook, he said" the speaker is "he", not Westbrook).
_NAME_BEFORE_CUE = recache.compile(
    r"\b(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+(?=,?\s+(?:(?!(?:he|she|they|it|we|i|you)\b)[a-z]+\s+){0,2}"
    r"(?:" + "|".join(_VERBS) + r")\b)")
#: A run of the characters a name and the words up to its verb are made of.
_RUN = recache.compile(r"[A-Za-z,\s]*")


class PersonTracker:
    """People mentioned in the article, in text order.

    A person is a capitalised word with a possessive ("Zelensky’s"), a name right
    before a reporting verb, or a named source already found.
    """

    def __init__(self, doc: Doc, v: Vocab) -> None:
        self.doc, self.v = doc, v
        #: The named sources found so far; the mentions found up front join them when a
        #: pronoun or a title first asks (four articles in ten never ask: nothing to find).
        self.named: list[tuple[int, str]] = []
        self._mentions: list[tuple[int, str]] | None = None
        #: Each lower-case word of a named source's own words -> where and whom it named
        #: ("Judge Ann Clark said": "judge" -> Clark), for "the judge" further on.
        self._titles: dict[str, list[tuple[int, str]]] = {}
        self.now = 0

    @property
    def mentions(self) -> list[tuple[int, str]]:
        """Every mention so far, in text order."""
        if self._mentions is None:
            self._mentions = sorted(_possessors(self.doc, self.v) + _names_before_cues(self.doc, self.v) + self.named)
        return self._mentions

    def at(self, offset: int) -> None:
        """Resolve against mentions before this offset (the cue being attributed)."""
        self.now = offset

    def mention(self, name: str, offset: int, words: tuple[str, ...] = ()) -> None:
        """A named source found at ``offset``; ``words``: its own words in lower case."""
        if self._mentions is None:
            self.named.append((offset, name))
        else:
            insort(self._mentions, (offset, name))  # the list stays sorted, as sort() after append leaves it
        for w in words:
            insort(self._titles.setdefault(w, []), (offset, name))

    def titled(self, word: str) -> str | None:
        """The last named source before the cue whose own words held ``word`` ("Judge
        Clark said ... the judge acknowledged": Clark, though Yukos was mentioned since)."""
        mentions = self._titles.get(word, ())
        k = bisect_left(mentions, (self.now,))
        return mentions[k - 1][1] if k else None

    def recent(self) -> str | None:
        """The last person mentioned before the cue, if any."""
        mentions = self.mentions
        k = bisect_left(mentions, (self.now,))  # the first mention at or after the cue
        return mentions[k - 1][1] if k else None


def _possessors(doc: Doc, v: Vocab) -> list[tuple[int, str]]:
    """Capitalised words before "'s" that are not places, organisations or months."""
    found = []
    text, norm = doc.text, doc.tok_norm
    # the token before each "'s", in order, from the token list's index (the cue lexicon
    # has built it for this article already: no scan of its own)
    for i in (at - 1 for at in positions(norm).get("'s", ()) if at > 0):
        tok = text[doc.tok_start[i]:doc.tok_end[i]]
        if is_cap(tok) and tok not in v.metonyms and not is_nationality(tok) \
                and tok.lower() not in v.sources.get("org_suffixes", ()) and not tok.isupper() \
                and tok.lower() not in DATE_WORDS:
            found.append((doc.tok_start[i], tok))
    return found


def _names_before_cues(doc: Doc, v: Vocab) -> list[tuple[int, str]]:
    """The last word of a capitalised name right before a reporting verb."""
    found = []
    for m in _name_matches(doc.text):
        name = m.group().split()[-1]
        if name.lower() in PRONOUNS or name.lower() in DETERMINERS or is_nationality(name) \
                or name in v.metonyms or name.lower() in v.source_words:
            continue  # "He added", "The Ukrainian president said": not a name
        found.append((m.start(), name))
    return found


def _name_matches(text: str) -> Iterator[re.Match]:
    """``_NAME_BEFORE_CUE.finditer(text)``, scanning only the runs of letters, white space
    and commas that hold one of its verbs (what it matches lies in one such run, and the
    scan of a run starts afresh: no match reaches into it from before; a run whose verb
    is part of a longer word is scanned for nothing)."""
    done = 0
    backwards = None
    for at in _verb_starts(text):
        if at < done:
            continue
        if backwards is None:
            backwards = text[::-1]
        start = at - (_RUN.match(backwards, len(text) - at).end() - (len(text) - at))
        start = max(start, done)
        done = _RUN.match(text, at).end()
        # the scan may look one character past the run (the "\b" after the verb)
        yield from _NAME_BEFORE_CUE.finditer(text, start, done + 1)


def _verb_starts(text: str) -> list[int]:
    """Where the verbs of ``_VERBS`` occur in the text, inside longer words too, in order
    (``str.find`` per verb: several times faster than one pattern of them all)."""
    found = []
    for verb in _VERBS:
        at = text.find(verb)
        while at >= 0:
            found.append(at)
            at = text.find(verb, at + len(verb))
    found.sort()
    return found
