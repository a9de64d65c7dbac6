"""Sentence splitting: Punkt with parameters this project defines.

No NLTK data package is loaded (none may be downloaded); Punkt runs from a
``PunktParameters`` object holding news abbreviations. Punkt already keeps
decimals ("1.2 million") whole and lets a full stop sit inside a closing quote
(``solutions.’ However``). Punkt itself is NLTK's, vendored in ``analyse/punkt``
(its patterns on the standard library's ``re`` through ``stdre``): importing
``nltk.tokenize.punkt`` would bring NLTK's network and pickle security modules
into every run. ``nltk_tokenizer`` is the installed NLTK's own Punkt with the same
parameters, which the tests compare spans with.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import recache
from .vocab import word_set

#: Abbreviations that end in a full stop but do not end a sentence (lower case,
#: without the final stop; internal stops kept, as Punkt expects).
ABBREVIATIONS = (word_set("sentences", "abbreviations") | word_set("dates", "month_abbreviations")
                 | word_set("dates", "weekday_abbreviations"))
#: Capitalised words that start a new sentence after an abbreviation.
SENTENCE_STARTERS = word_set("sentences", "sentence_starters")


@lru_cache(maxsize=1)
def tokenizer():
    """The shared Punkt tokenizer (built once per process), its patterns on ``re``."""
    from . import punkt

    params = punkt.PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    # After an abbreviation, a capitalised word from this list starts a new sentence
    # ("... said no. He left"), where a name would not ("Adm. Kostyukov").
    params.sent_starters = set(SENTENCE_STARTERS)
    return punkt.PunktSentenceTokenizer(params)


@lru_cache(maxsize=1)
def nltk_tokenizer():
    """The installed NLTK's own Punkt with the same parameters and NLTK's ``regex``
    patterns (what the tests compare with; a run never imports NLTK)."""
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    params.sent_starters = set(SENTENCE_STARTERS)
    return PunktSentenceTokenizer(params)


#: A person's initials at the end of a span: two or three capitals, each with its stop
#: ("George H.W.", "T.R."), after a space or the span's start.
_INITIALS = recache.compile(r"(?:^|(?<=\s))((?:[A-Z]\.){2,3})$")
#: A capitalised word opening the next span (the surname, when the span before ends in initials).
_CAPITALISED = recache.compile(r"[A-Z][\w’'-]*")


def split(text: str) -> list[tuple[int, int]]:
    """Sentence spans [start, end) of one block's text. A possessive cannot open a sentence:
    a span that starts with "'s" continues the abbreviation before it ("G.M.R.'s records").
    Nor can a surname after a person's initials ("George H.W. Bush", "J.K. Rowling"), which
    Punkt splits as it keeps one initial ("J. Doe"): initials that are no abbreviation of a
    place or body (U.S., U.N.) and a capitalised word that is no sentence starter join."""
    spans = list(tokenizer().span_tokenize(text))
    for k in range(len(spans) - 1, 0, -1):
        if text.startswith(("'s ", "’s "), spans[k][0]) and spans[k][0] == spans[k - 1][1]:
            spans[k - 1:k + 1] = [(spans[k - 1][0], spans[k][1])]
        elif _initials_then_name(text, spans[k - 1], spans[k]):
            spans[k - 1:k + 1] = [(spans[k - 1][0], spans[k][1])]
    return spans


def _initials_then_name(text: str, before: tuple[int, int], after: tuple[int, int]) -> bool:
    """Whether span ``before`` ends in a person's initials and ``after`` opens, on the same
    line, with a name ("... George H.W. | Bush signed ...")."""
    m = _INITIALS.search(text, before[0], before[1])
    if m is None or m.group(1)[:-1].lower() in ABBREVIATIONS or "\n" in text[before[1]:after[0]]:
        return False
    word = _CAPITALISED.match(text, after[0])
    return word is not None and re.split(r"[’']", word.group())[0].lower() not in SENTENCE_STARTERS
