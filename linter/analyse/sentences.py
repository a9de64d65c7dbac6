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


@lru_cache(maxsize=1)
def tokenizer():
    """The shared Punkt tokenizer (built once per process)."""
    punkt = _import_punkt()
    params = punkt.PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    # After an abbreviation, a capitalised word from this list starts a new sentence
    # ("... said no. He left"), where a name would not ("Adm. Kostyukov").
    params.sent_starters = set(SENTENCE_STARTERS)
    return punkt.PunktSentenceTokenizer(params)


def split(text: str) -> list[tuple[int, int]]:
    """Sentence spans [start, end) of one block's text."""
    return list(tokenizer().span_tokenize(text))
