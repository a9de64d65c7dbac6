"""The source tokens a tier step looks at, with the views the steps share.

A source span is the tokens of a frame's source; each step of the tier chain
(``sources``) asks it for a view (capitalised words, names, the head noun, whether a
name qualifies it) computed once when first asked.
"""

from __future__ import annotations

from ..lexicon import written_lower
from ..vocab import Vocab
from .clause import Sent, lazy
from .people import PersonTracker
from .words import DATE_WORDS, DETERMINERS, HEAD_PREPOSITIONS, QUALIFIERS, is_nationality

#: (tier, entity); a tier of None means the span is no source.
Decision = tuple[str | None, str | None]
NO_SOURCE: Decision = (None, None)
_NONE: frozenset[str] = frozenset()


class Span:
    """The source tokens with the views the steps test, each computed when first asked."""

    def __init__(self, st: Sent, a: int, b: int, v: Vocab, people: PersonTracker) -> None:
        self.st, self.a, self.b, self.v, self.people = st, a, b, v, people
        self.norm = st.norm[a:b]
        text, start, end = st.text, st.start, st.end
        self.raw = [text[start[i]:end[i]] for i in range(a, b)]  # st.raw_at(i), inlined
        self.words = [w for w in self.norm if w[0].isalnum()]

    def listed(self, key: str, tokens: list[str]) -> bool:
        """Whether any of ``tokens`` is in the source list ``key`` of sources.toml."""
        return not self.v.sources.get(key, _NONE).isdisjoint(tokens)

    @lazy
    def text(self) -> str:
        return self.st.text[self.st.start[self.a]:self.st.end[self.b - 1]]

    @lazy
    def caps(self) -> list[str]:
        """Capitalised words, less a sentence-initial determiner or common noun and months."""
        norm, raw = self.norm, self.raw
        initial = self.a == self.st.first  # a capital there may only mark the sentence start
        return [raw[i] for i in range(len(raw)) if raw[i][:1].isupper() and norm[i][0].isalnum()  # is_cap, inlined
                and not (i == 0 and norm[i] in DETERMINERS) and norm[i] not in DATE_WORDS
                and not (i == 0 and initial and _common_word(norm[i], self.v, self.st))]

    @lazy
    def names(self) -> list[str]:
        """Capitalised words that are neither nationalities, places standing for an
        institution, nor group names ("Republicans", "Americans")."""
        groups = self.v.sources.get("collective", frozenset())
        return [c for c in self.caps if not is_nationality(c) and c not in self.v.metonyms and c.lower() not in groups]

    @lazy
    def head(self) -> str:
        """The head noun, before a prepositional phrase: "a majority of borrowers in a survey"
        is headed by "majority", "a report from earlier this year" by "report"."""
        words = self.words
        pp_at = next((i for i, w in enumerate(words) if w in HEAD_PREPOSITIONS and i > 0), len(words))
        return words[pp_at - 1]

    @lazy
    def qualified(self) -> bool:
        """A name attached by a qualifier or a possessive: "analysts at Goldman Sachs", "a
        report by the UN", "Mr Blair's supporters"."""
        return any(w in QUALIFIERS or w == "'s" for w in self.norm) and bool(self.names)

    @lazy
    def definite(self) -> bool:
        """"the union", "the company": a short definite phrase without a name."""
        return self.norm[0] == "the" and not self.caps and len(self.words) <= 3


# --- the steps, in order ------------------------------------------------------------------



def _common_word(word: str, v: Vocab, st: Sent) -> bool:
    """A sentence-initial capitalised word that is a common noun, not a name: it is in
    the source vocabulary, or the article uses it in lower case elsewhere."""
    return word in v.source_words or written_lower(st.doc, word)


