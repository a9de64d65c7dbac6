"""Sentence splitting: NLTK's Punkt with parameters this project defines.

No NLTK data package is loaded (none may be downloaded); Punkt runs from a
``PunktParameters`` object holding news abbreviations. Punkt already keeps
decimals ("1.2 million") whole and lets a full stop sit inside a closing quote
(``solutions.’ However``).
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from functools import lru_cache

from .stdre import compile_like_regex
from .vocab import word_set

#: Abbreviations that end in a full stop but do not end a sentence (lower case,
#: without the final stop; internal stops kept, as Punkt expects).
ABBREVIATIONS = (word_set("sentences", "abbreviations") | word_set("dates", "month_abbreviations")
                 | word_set("dates", "weekday_abbreviations"))
#: Capitalised words that start a new sentence after an abbreviation.
SENTENCE_STARTERS = word_set("sentences", "sentence_starters")


def _import_punkt():
    """Import ``nltk.tokenize.punkt`` without running ``nltk/__init__``.

    The package initialiser imports most of NLTK (about 0.4 s); Punkt itself needs
    a few small modules. The stand-in parent modules are removed again so a later
    ``import nltk`` by anyone runs normally. Falls back to a plain import.
    """
    if "nltk.tokenize.punkt" in sys.modules:
        return sys.modules["nltk.tokenize.punkt"]
    if "nltk" in sys.modules:
        return importlib.import_module("nltk.tokenize.punkt")
    spec = importlib.util.find_spec("nltk")
    if spec is None or not spec.submodule_search_locations:
        return importlib.import_module("nltk.tokenize.punkt")
    root = list(spec.submodule_search_locations)[0]
    stubs = {"nltk": root, "nltk.tokenize": f"{root}/tokenize"}
    try:
        for name, path in stubs.items():
            mod = types.ModuleType(name)
            mod.__path__ = [path]
            sys.modules[name] = mod
        return importlib.import_module("nltk.tokenize.punkt")
    except Exception:
        for name in stubs:
            sys.modules.pop(name, None)
        return importlib.import_module("nltk.tokenize.punkt")
    finally:
        for name in stubs:
            if isinstance(sys.modules.get(name), types.ModuleType) and not hasattr(sys.modules[name], "__file__"):
                sys.modules.pop(name, None)


def _stdlib_classes(punkt):
    """Punkt's language variables and token class with their patterns on ``re``.

    Both are extension points of Punkt's public API (``PunktSentenceTokenizer(lang_vars=,
    token_cls=)``); each pattern is NLTK's own, taken from the installed release and
    translated by ``stdre`` so that it matches exactly as NLTK's ``regex`` one does."""
    base = punkt.PunktLanguageVars()

    def std(timed):
        return compile_like_regex(timed.pattern, timed.flags)

    words, contexts = std(base._word_tokenizer_re()), std(base.period_context_re())

    class LanguageVars(punkt.PunktLanguageVars):
        __slots__ = ()
        re_boundary_realignment = std(punkt.PunktLanguageVars.re_boundary_realignment)

        def word_tokenize(self, s):
            return words.findall(s)

        def period_context_re(self):
            return contexts

    token = punkt.PunktToken
    non_punct = compile_like_regex(r"[^\W\d]")

    class Token(token):
        __slots__ = ()
        _RE_ELLIPSIS = std(token._RE_ELLIPSIS)
        _RE_NUMERIC = std(token._RE_NUMERIC)
        _RE_INITIAL = std(token._RE_INITIAL)
        _RE_ALPHA = std(token._RE_ALPHA)

        @property
        def is_non_punct(self):
            return non_punct.search(self.type)

    return LanguageVars(), Token


@lru_cache(maxsize=1)
def tokenizer():
    """The shared Punkt tokenizer (built once per process), its patterns on ``re``."""
    punkt = _import_punkt()
    params = punkt.PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    # After an abbreviation, a capitalised word from this list starts a new sentence
    # ("... said no. He left"), where a name would not ("Adm. Kostyukov").
    params.sent_starters = set(SENTENCE_STARTERS)
    lang_vars, token_cls = _stdlib_classes(punkt)
    return punkt.PunktSentenceTokenizer(params, lang_vars=lang_vars, token_cls=token_cls)


@lru_cache(maxsize=1)
def nltk_tokenizer():
    """The same tokenizer with NLTK's own patterns (what the tests compare with)."""
    punkt = _import_punkt()
    return punkt.PunktSentenceTokenizer(tokenizer()._params)


def split(text: str) -> list[tuple[int, int]]:
    """Sentence spans [start, end) of one block's text. A possessive cannot open a sentence:
    a span that starts with "'s" continues the abbreviation before it ("G.M.R.'s records")."""
    spans = list(tokenizer().span_tokenize(text))
    for k in range(len(spans) - 1, 0, -1):
        if text.startswith(("'s ", "’s "), spans[k][0]) and spans[k][0] == spans[k - 1][1]:
            spans[k - 1:k + 1] = [(spans[k - 1][0], spans[k][1])]
    return spans
