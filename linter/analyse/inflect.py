"""Every inflected form of a lemma, for ``word+`` in term lists.

A rule that lists a verb means the verb in every form: ``shout+ down`` must match
"shouted down" and "shouting down", ``admit+`` "admitted", ``fuel+`` the British
"fuelled", ``fly+`` "flew" and "flown". The forms come from LemmInflect's dictionary
(derived from the NIH SPECIALIST Lexicon), which knows irregular verbs, consonant
doubling in both spellings and which words are nouns only (so ``aide+`` does not make
"aided"). A word the dictionary does not know (a neologism such as "weaponise", or a
stem written as ``designat+``) falls back to the suffix rules below, which over-generate
safely; the irregular verbs in ``vocab/inflections.toml`` are added in both cases.

The library is needed only to build the table: forms are kept on disk
(``cache.cached``) under a key made of the pinned library version, the hand-written
data and this package's version, so a run that finds every word in the cache never
imports it. Words met for the first time are added and the table is written back when
the process ends.
"""

from __future__ import annotations

import atexit
import json

from .cache import key_of
from .._version import __version__
from .cache import cached, store
from .wordlists import word_table

#: The inflection library and version the table is built with (pinned in pyproject.toml).
LIBRARY = "lemminflect==0.2.3"
#: Irregular forms worth matching beyond the library (``vocab/inflections.toml``).
IRREGULAR: dict[str, list[str]] = word_table("inflections", "irregular")
#: Penn tags kept: plural nouns, verb forms, comparatives.
TAGS = ("NNS", "VBD", "VBN", "VBG", "VBZ", "JJR", "JJS")
_VOWELS = set("aeiou")
_KEY = key_of(json.dumps([LIBRARY, __version__, IRREGULAR], sort_keys=True).encode())
_NAME = f"inflections-{_KEY}.marshal"
_table: dict[str, dict[str, list[str]]] | None = None
_dirty = False


def table_key() -> str:
    """Identity of the inflection table, for caches built from it (compiled lexicons)."""
    return _KEY


def tagged(word: str) -> dict[str, list[str]]:
    """A lemma's forms by Penn tag (the lemma itself not included), lower case."""
    global _table, _dirty
    w = word.lower()
    if _table is None:
        _table = cached(_NAME, dict)
    found = _table.get(w)
    if found is None:
        found = _build(w)
        _table[w] = found
        if not _dirty:
            _dirty = True
            atexit.register(_flush)
    return found


def inflections(word: str) -> set[str]:
    """A word and all its inflected forms."""
    w = word.lower()
    return {w} | {f for forms in tagged(w).values() for f in forms}


def inflect(word: str, tag: str) -> str | None:
    """The form of ``word`` with a Penn tag (criticise, VBD -> criticised), or None."""
    forms = tagged(word).get(tag)
    return forms[0] if forms else None


def tag_of(form: str, lemma: str) -> str | None:
    """The tag under which ``form`` is an inflection of ``lemma`` (slammed, slam -> VBD)."""
    f = form.lower()
    for tag, forms in tagged(lemma).items():
        if f in forms:
            return tag
    return None


#: The derivations a lexicon group may ask for (``derive`` in a pack): an adjective's
#: comparative and superlative, its adverb in "-ly" and its noun in "-ness".
DERIVATIONS = ("degree", "adverb", "noun")


def derivations(adjective: str, kinds: tuple[str, ...] | list[str] = DERIVATIONS) -> set[str]:
    """Words made from an adjective (shameful -> shamefully, shamefulness; nasty -> nastier,
    nastiest, nastily, nastiness): the same verdict in another part of speech. Degrees come
    from the dictionary (nothing for a word it does not know as an adjective); the adverb and
    noun by the regular suffix rules. Phrases and words already adverbs give nothing."""
    w = adjective.lower()
    if not w.replace("-", "").isalpha() or len(w) < 4 or w.endswith("ly"):
        return set()
    out: set[str] = set()
    if "degree" in kinds:
        out.update(f for t in ("JJR", "JJS") for f in _adjective_forms(w).get(t, []))
    if "adverb" in kinds:
        out.add(_adverb(w))
    if "noun" in kinds and not w.endswith(("ing", "ed")):
        out.add(w[:-1] + "iness" if w.endswith("y") and w[-2] not in _VOWELS else w + "ness")
    out.discard(w)
    return out


def _adverb(w: str) -> str:
    """The "-ly" adverb of an adjective by the regular rules (horrible -> horribly, tragic ->
    tragically, nasty -> nastily, full -> fully, true -> truly, shameful -> shamefully)."""
    if w.endswith("le") and w[-3] not in _VOWELS:
        return w[:-1] + "y"
    if w.endswith("ic"):
        return w + "ally"
    if w.endswith("y") and w[-2] not in _VOWELS:
        return w[:-1] + "ily"
    if w.endswith("ll"):
        return w + "y"
    if w.endswith("ue"):
        return w[:-1] + "ly"
    return w + "ly"


def _adjective_forms(w: str) -> dict[str, list[str]]:
    """An adjective's comparative and superlative from the dictionary ({} when unknown)."""
    try:
        from lemminflect import getAllInflections
    except ImportError:  # pragma: no cover - a broken install: no degrees
        return {}
    found = getAllInflections(w, upos="ADJ")
    return {t: [f.lower() for f in found[t] if f.lower() != w] for t in ("JJR", "JJS") if found.get(t)}


def _flush() -> None:
    global _dirty
    if _dirty and _table is not None:
        store(_NAME, _table)
        _dirty = False


def _build(w: str) -> dict[str, list[str]]:
    """Forms of one lemma: the library's if it knows the word, else the suffix rules;
    a hyphenated word inflects its last part (cherry-pick -> cherry-picked)."""
    head, sep, tail = w.rpartition("-")
    if sep and tail:
        return {t: [f"{head}-{f}" for f in forms] for t, forms in _build(tail).items()}
    forms = _library(w) or _suffixes(w)
    extra = [f for f in IRREGULAR.get(w, []) if f not in {x for v in forms.values() for x in v}]
    if extra:
        for f in extra:
            tag = "VBG" if f.endswith("ing") else "VBZ" if f.endswith("s") and not f.endswith("ss") else "VBD"
            forms.setdefault(tag, []).append(f)
    return forms


def _library(w: str) -> dict[str, list[str]]:
    """The dictionary's forms of a lemma ({} when the library is missing or the word unknown)."""
    try:
        from lemminflect import getAllInflections
    except ImportError:  # pragma: no cover - a broken install: the suffix rules still work
        return {}
    found = getAllInflections(w)
    return {t: [f.lower() for f in found[t] if f.lower() != w] for t in TAGS if found.get(t)}


def _suffixes(w: str) -> dict[str, list[str]]:
    """Regular English inflection by suffix rules, over-generating safely (both doubled and
    single final consonants): for words the dictionary does not know."""
    if not w.isalpha() or len(w) < 2:
        return {}
    last, prev = w[-1], w[-2]
    if w.endswith(("s", "x", "z", "ch", "sh")):
        plural = w + "es"
    elif last == "y" and prev not in _VOWELS:
        plural = w[:-1] + "ies"
    else:
        plural = w + "s"
    cvc = (len(w) >= 3 and last not in _VOWELS and last not in "wxy"
           and prev in _VOWELS and w[-3] not in _VOWELS)
    if last == "e":
        past = [w + "d"]
        ing = [w[:-2] + "ying"] if w.endswith("ie") else [w + "ing"] if w.endswith(("ee", "ye", "oe")) \
            else [w[:-1] + "ing"]
    elif last == "y" and prev not in _VOWELS:
        past, ing = [w[:-1] + "ied"], [w + "ing"]
    else:
        past, ing = [w + "ed"], [w + "ing"]
        if cvc:
            past.append(w + last + "ed")
            ing.append(w + last + "ing")
    if last == "c":  # panic -> panicked
        past.append(w + "ked")
        ing.append(w + "king")
    return {"NNS": [plural], "VBZ": [plural], "VBD": past, "VBN": list(past), "VBG": ing}
