"""Each shortcut taken for speed gives what the plain way gives (issue 14, part 5): the
hand-indented JSON encoder, string-method normalising, shared sentence word lists, the
speech mask, near-duplicate candidates, and compiled patterns kept between runs."""

from __future__ import annotations

import json
import math
import random
import re
from collections import Counter

import pytest

from conftest import SEEDS
from linter.analyse import recache
from linter.analyse.annotate import annotate
from linter.checks.repetition import _QUOTES, normalise
from linter.lint.config import Settings
from linter.lint.engine import Linter
from linter.model.source import Source
from linter.readers import format_of, parse
from linter.report import jsonout

_CHARS = ["a", "Z", '"', "\\", "\n", "\t", "\x00", "\x1f", "\x7f", "é", "“", "\u2028", "\x85", "😀", " ", "/"]


def _value(rnd: random.Random, depth: int = 0):
    r = rnd.random()
    if depth > 3 or r < 0.5:
        return rnd.choice([None, True, False, 0, -7, 10 ** 20, 1.0, -0.0, 0.1, 1e16, 2.5e-7, float("nan"),
                           float("inf"), "".join(rnd.choice(_CHARS) for _ in range(rnd.randint(0, 6)))])
    if r < 0.7:
        return [_value(rnd, depth + 1) for _ in range(rnd.randint(0, 4))]
    if r < 0.75:
        return tuple(_value(rnd, depth + 1) for _ in range(rnd.randint(0, 3)))
    if r < 0.8:
        return {rnd.choice([1, None, True, 2.5]): _value(rnd, depth + 1) for _ in range(rnd.randint(0, 2))}
    return {"".join(rnd.choice(_CHARS) for _ in range(3)): _value(rnd, depth + 1) for _ in range(rnd.randint(0, 4))}


def test_json_encoder_writes_what_json_dumps_writes() -> None:
    rnd = random.Random(14)
    for _ in range(3000):
        value = _value(rnd)
        for margin in ("", "    "):
            assert jsonout._dumps(value, margin) == json.dumps(value, ensure_ascii=False, indent=2).replace(
                "\n", "\n" + margin)


def _seed_results():
    linter = Linter(Settings(select=["ALL"]))
    return [linter.lint_source(Source(p.name, p.read_text(encoding="utf-8")), format_of(p.name))
            for p in sorted(SEEDS.iterdir()) if p.name != "README.md"]


def test_json_report_is_the_indented_document() -> None:
    results = _seed_results()
    text = "".join(jsonout.stream(results))
    document = json.loads(text)
    assert text == json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def test_a_line_separator_stays_inside_its_string() -> None:
    """U+2028 is not escaped by JSON; indenting the text by lines used to put the margin
    after it, inside the string."""
    value = {"findings": [{"text": "one\u2028two\x85three"}]}
    assert json.loads("[" + jsonout._dumps(value, "    ") + "]")[0] == value


def _normalise_with_regex(text: str) -> str:
    space, trail = re.compile(r"\s+"), re.compile(r"[\s.,;:!?\"')\]]+$")
    return trail.sub("", space.sub(" ", text.translate(_QUOTES)).strip().lower())


def test_normalise_folds_as_the_regular_expressions_did() -> None:
    rnd = random.Random(5)
    alphabet = list("ab cİ.,;:!?\"')]“”‘’–—\u00a0\t\n\u2028\x1c\u3000ẞ")
    for _ in range(20000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 14)))
        assert normalise(text) == _normalise_with_regex(text)


def _docs():
    linter = Linter(Settings())
    for p in sorted(SEEDS.iterdir()):
        if p.name == "README.md":
            continue
        for article in parse(Source(p.name, p.read_text(encoding="utf-8")), format_of(p.name), linter.settings.json_fields):
            linter.segmenter.segment(article)
            yield annotate(article)


def test_shared_word_lists_and_speech_mask_answer_as_token_by_token() -> None:
    for doc in _docs():
        for si, s in enumerate(doc.sentences):
            assert doc.words(si) == [w for w in doc.tok_norm[s.first:s.last] if w[0].isalnum()]
        mask = doc.speech_mask()
        assert [bool(m) for m in mask] == [doc.in_speech(s, e) for s, e in zip(doc.tok_start, doc.tok_end)]
        assert any(mask) and not all(mask)


def _candidates_sorting_every_word(sets, t):
    """The candidate pairs of prefix filtering, every sentence's words sorted in full."""
    freq = Counter(w for _, s in sets for w in s)
    index: dict[str, list[int]] = {}
    out = []
    for k, (_, words) in enumerate(sets):
        ordered = sorted(words, key=lambda w: (freq[w], w))
        prefix = ordered[: len(ordered) - math.ceil(t * len(ordered)) + 1]
        out.append(sorted({c for w in prefix for c in index.get(w, [])[-64:]}))
        for w in prefix:
            index.setdefault(w, []).append(k)
    return out


@pytest.mark.parametrize("seed", range(4))
def test_near_duplicates_found_as_with_full_sorting(seed: int) -> None:
    rnd = random.Random(seed)
    vocab = [f"w{i}" for i in range(40)]
    paragraphs = []
    for _ in range(30):
        words = rnd.sample(vocab, rnd.randint(8, 16))
        paragraphs.append(" ".join(words).capitalize() + ".")
        if rnd.random() < 0.4:  # a near copy: one word swapped for another (never an exact copy)
            words[rnd.randrange(len(words))] = rnd.choice([w for w in vocab if w not in words])
            paragraphs.append(" ".join(words).capitalize() + ".")
    text = "Headline\n\n" + "\n\n".join(paragraphs) + "\n"
    linter = Linter(Settings(select=["DUP002"]))
    found = [(f.line, f.message) for f in linter.lint_source(Source("a.txt", text), "txt").findings]
    doc = next(_docs_of(text))
    sets = [(si, frozenset(doc.words(si))) for si in range(len(doc.sentences)) if len(doc.words(si)) >= 10]
    expected = []
    for k, cands in enumerate(_candidates_sorting_every_word(sets, 0.8)):
        si, words = sets[k]
        for c in cands:
            sj, other = sets[c]
            if doc.sentences[sj].block != doc.sentences[si].block and len(words & other) / len(words | other) >= 0.8:
                expected.append(si)
                break
    assert found and len(found) == len(expected)


def _docs_of(text: str):
    linter = Linter(Settings())
    for article in parse(Source("a.txt", text), "txt", linter.settings.json_fields):
        linter.segmenter.segment(article)
        yield annotate(article)


def test_compiled_patterns_come_back_from_the_cache_equal(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    patterns = [(r"(?P<who>officials?)\s+(?:said|told)\b", re.IGNORECASE), (r"^[\w’'-]+$", re.MULTILINE),
                (r"(?:\d{1,2}[:.]\d{2})", 0)]
    for _ in range(2):  # built and stored, then read back
        monkeypatch.setattr(recache, "_MEMO", {})
        for pattern, flags in patterns:
            compiled = recache.compile(pattern, flags)
            assert compiled == re.compile(pattern, flags) and compiled.groupindex == re.compile(pattern, flags).groupindex
    assert len(list((tmp_path / "newslint").glob("re-*.marshal"))) == len(patterns)
    assert recache.compile(patterns[0][0], patterns[0][1]).search("Officials said so").group("who") == "Officials"
    with pytest.raises(re.error):
        recache.compile("[unclosed")


def test_cached_tries_equal_the_tries_built_term_by_term(tmp_path, monkeypatch) -> None:
    from linter.analyse.lexicon import Lexicon

    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    terms = ["shout+ [obj] down", "send+ [mod] shockwaves", "it's", "hail+", "claim+"]
    built = Lexicon()
    for term in terms:
        built.add(term, term)
    for _ in range(2):  # built and stored, then read back
        assert Lexicon.of(terms).root == built.root
        assert Lexicon.of(terms, "k").root == Lexicon.of(iter(terms), "k").root
    assert len(list((tmp_path / "newslint").glob("trie-*.marshal"))) == 2
