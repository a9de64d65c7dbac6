"""Punkt on the standard library's ``re`` finds exactly the sentences NLTK's own
``regex`` patterns find, on the seeds and on thousands of generated paragraphs full of
what tells the two engines apart (combining marks, ½, U+001C-U+001F, recent digits)."""

from __future__ import annotations

import random
import re

from conftest import ROOT

from linter.analyse.sentences import nltk_tokenizer, split, tokenizer
from linter.analyse.stdre import compile_like_regex

PIECES = [
    "Mr.", "Dr.", "U.S.", "Jan.", "Gov.", "e.g.", "a.m.", "No.", "St.", "J.", "K.", "Inc.",
    "1.2", "3.5m", "£1.13bn", "76%", "...", "..", "?!", "!", "?", ".", ",", ";", ":", "--", "-",
    "(", ")", "[", "]", "{", "}", '"', "'", "\u2018", "\u2019", "\u201c", "\u201d", "\xab", "\xbb",
    "e\u0301", "cafe\u0301.", "\xbd", "\xb2.", "x\u00b3", "\x1c", "\x1d\x1e", "\x1f", "\u00a0",
    "\U00010d40\U00010d41.", "\u0663.", "##", "@x", "#tag", "&", "*", "`", "He", "She", "But",
    "The", "However,", "said", "told", "minister", "Kostyukov", "Ltd.", "Co.", "Sept.", "I.",
    "\u0130stanbul.", "\u00e9t\u00e9.", "\u2026", "\t", "A.B.C.", "-3.", ",5", "1,000.", "x.y",
]


def _paragraphs(count: int) -> list[str]:
    rng = random.Random(14)
    seed_words = " ".join(p.read_text("utf-8") for p in sorted((ROOT / "seeds").iterdir())).split()
    out = []
    for _ in range(count):
        n = rng.randint(1, 60)
        parts = []
        for _ in range(n):
            parts.append(rng.choice(PIECES) if rng.random() < 0.45 else rng.choice(seed_words))
            parts.append(rng.choice([" ", " ", " ", "", "  ", "\n", ". ", "! ", '." ', ".) "]))
        out.append("".join(parts))
    return out


def test_spans_equal_nltks_own_on_the_seeds_and_generated_paragraphs() -> None:
    ours, theirs = tokenizer(), nltk_tokenizer()
    texts = [b for p in sorted((ROOT / "seeds").iterdir()) for b in p.read_text("utf-8").split("\n\n")]
    texts += _paragraphs(4000)
    for text in texts:
        assert list(ours.span_tokenize(text)) == list(theirs.span_tokenize(text)), text


def test_every_pattern_runs_on_the_standard_library() -> None:
    """No pattern the tokenizer uses is NLTK's ``regex``-backed one."""
    tok = tokenizer()
    lang = tok._lang_vars
    patterns = [lang.period_context_re(), lang._word_tokenizer_re(), lang.re_boundary_realignment,
                tok._Token._RE_NUMERIC, tok._Token._RE_INITIAL, tok._Token._RE_ELLIPSIS]
    assert all(isinstance(p, re.Pattern) for p in patterns)
    assert split("He left. She stayed.") == [(0, 8), (9, 20)]


def test_the_vendored_punkt_is_the_installed_nltk_release() -> None:
    """``analyse/punkt`` was taken from the NLTK release pyproject.toml pins; the span
    comparison above runs against that release's own Punkt."""
    from importlib.metadata import version

    from linter.analyse import punkt

    assert version("nltk") == punkt.NLTK_VERSION
    assert f'"nltk=={punkt.NLTK_VERSION}"' in (ROOT / "pyproject.toml").read_text()


def test_class_escapes_mean_what_they_mean_in_regex() -> None:
    """The engines disagree on ``\\w``, ``\\s`` and ``\\d`` (combining marks, ``½``,
    U+001C, digits of recent scripts); the translation follows ``regex`` everywhere."""
    import regex

    odd = "cafe\u0301\xbd\xb2\x1c\x1f\u00a0\U00010d40\u0663_a1 .\u2019\u0130"
    for pattern, flags in [(r"\w", 0), (r"\W", 0), (r"\s", 0), (r"\S", 0), (r"\d", 0),
                           (r"[^\W\d]", 0), (r"[\d,\.-]", 0), (r"\d  # a digit", re.VERBOSE)]:
        ours, theirs = compile_like_regex(pattern, flags), regex.compile(pattern, flags)
        for c in odd:
            assert bool(ours.match(c)) == bool(theirs.match(c)), (pattern, c)
    assert compile_like_regex(r"\w+").fullmatch("cafe\u0301")


def test_a_surname_after_a_persons_initials_continues_the_sentence() -> None:
    """Punkt keeps one initial with its name ("J. Doe") but splits after two ("H.W. | Bush")."""
    for text in ("President George H.W. Bush signed the bill in 1990.",
                 "The essay, says J.J. Marsh, an expert on militias, was never published."):
        assert split(text) == [(0, len(text))], text
    # initials that end a sentence before a sentence starter, and abbreviations of places and
    # bodies before a capitalised word, are split as Punkt splits them
    assert split("The hall was named after A.B. The mayor opened it.") == [(0, 29), (30, 50)]
    assert split("He moved to the U.S. The next year he left.") == [(0, 20), (21, 43)]
    assert split("He met J.J.\nMarsh arrived later.") == [(0, 11), (12, 32)]
