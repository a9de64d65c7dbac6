"""Readability runs offline: no NLTK data, no download; textstat is pinned."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version

from conftest import ROOT

SCRIPT = r"""
import json, sys, urllib.request
import nltk.downloader
def refuse(*a, **k):
    raise SystemExit("a download was attempted")
nltk.downloader.Downloader.download = refuse
urllib.request.urlopen = refuse
from linter.lint.engine import Linter
from linter.lint.config import Settings
from linter.readers.files import read_source
res = Linter(Settings(select=["RDB001"])).lint_source(read_source(sys.argv[1]), "txt")
print(json.dumps(res.articles[0].readability.__dict__))
"""


def test_textstat_is_pinned_to_an_offline_release() -> None:
    assert version("textstat") == "0.7.8"


def test_readability_with_no_nltk_data(tmp_path) -> None:
    env = {"NLTK_DATA": str(tmp_path / "empty"), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    p = subprocess.run([sys.executable, "-c", SCRIPT, str(ROOT / "seeds" / "zelensky-toll.txt")],
                       capture_output=True, text=True, env=env, cwd=ROOT)
    assert p.returncode == 0, p.stderr
    import json

    fig = json.loads(p.stdout)
    # Brief, section 4.4 (textstat 0.7.8 on the body paragraphs): grade ~14.3, ease ~31.7, fog ~17.1.
    assert abs(fig["flesch_kincaid_grade"] - 14.3) < 0.6
    assert abs(fig["flesch_reading_ease"] - 31.7) < 3
    assert abs(fig["gunning_fog"] - 17.1) < 1
    assert fig["sentences"] == 24


def _generated(count: int = 400) -> list[str]:
    """Texts made of seed words and awkward pieces: contractions, stray and curly
    apostrophes, hyphens, numbers, underscores, non-English and unknown words, case
    changes (İ, final sigma), short pieces that textstat leaves out of its sentences."""
    import random

    rng = random.Random(14)
    words = " ".join(p.read_text("utf-8") for p in sorted((ROOT / "seeds").iterdir())).split()
    odd = ["don't", "'tis", "rock 'n' roll", "o'clock", "we've", "y'all", "’", "it’s", "--", "—",
           "co-operate", "3.5", "1,200", "snake_case", "İstanbul", "ΟΔΟΣ", "naïve", "Zxqvbrt",
           "Mr.", "e.g.", "?!", "...", "a.", "Hi!", "OK?", "\n", "#tag", "@who", "résumé",
           "supercalifragilistic", "Antidisestablishmentarianism", "'", "''s", "x'-ve", ""]
    texts = []
    for _ in range(count):
        n = rng.randint(0, 120)
        pool = [rng.choice(words) if rng.random() < 0.8 else rng.choice(odd) for _ in range(n)]
        seps = [rng.choice([" ", " ", " ", "\n", ". ", "! ", "  ", "\n\n"]) for _ in pool]
        texts.append("".join(w + s for w, s in zip(pool, seps)))
    return texts


def test_one_pass_figures_equal_textstats() -> None:
    """The one-pass figures are textstat's own, float for float, on the seeds (and every
    paragraph of them) and on a generated corpus."""
    import textstat

    from linter.analyse.readability import figures

    seeds = [p.read_text("utf-8") for p in sorted((ROOT / "seeds").iterdir())]
    texts = seeds + [b for s in seeds for b in s.split("\n\n")] + _generated()
    for text in texts:
        theirs = (textstat.lexicon_count(text), textstat.sentence_count(text),
                  textstat.flesch_reading_ease(text), textstat.flesch_kincaid_grade(text),
                  textstat.gunning_fog(text))
        assert figures(text) == theirs, text[:200]


def test_syllables_and_difficult_words_equal_textstats() -> None:
    """Per word: CMUdict's count, else Pyphen's points plus one; the easy-word list."""
    from textstat.backend.counts import count_syllables
    from textstat.backend.validations import is_difficult_word

    from linter.analyse.readability import _learn, words

    for text in _generated(60):
        for w in words(text):
            assert _learn(w) == (count_syllables(w.lower(), "en_US"), is_difficult_word(w, 3, "en_US")), w


def test_the_word_memo_is_bounded_and_figures_survive_a_reset(monkeypatch) -> None:
    """An archive run meets names and numbers without end: the per-word memo starts again
    when full, and the figures after a reset equal those before it."""
    from linter.analyse import readability

    text = "The council approved the extraordinary budget on Tuesday. Residents protested loudly outside."
    before = readability.figures(text)
    monkeypatch.setattr(readability, "MEMO_LIMIT", 5)
    readability._MEMO.clear()
    for k in range(50):
        readability.figures(f"Word{k} appears unexpectedly in paragraph number {k}.")
        assert len(readability._MEMO) <= 5
    assert readability.figures(text) == before


def test_hyphen_points_equal_pyphens() -> None:
    """The look-ups from a letter stop at a piece that begins no pattern: the points are
    still Pyphen's, on the seeds' words and on made-up letter strings of every length."""
    import random
    import re

    import pyphen

    from linter.analyse.syllables import hyphen_points

    dic = pyphen.Pyphen(lang="en_US")
    rng = random.Random(14)
    words = {w.lower() for p in sorted((ROOT / "seeds").iterdir()) for w in re.findall(r"\w+", p.read_text("utf-8"))}
    words |= {"".join(rng.choice("abcdeghilmnoprstuy'-") for _ in range(rng.randint(1, 16))) for _ in range(3000)}
    words |= {"supercalifragilistic", "antidisestablishmentarianism", "zzyzxvilleish", "a", ""}
    assert [hyphen_points(w) for w in sorted(words)] == [len(dic.positions(w)) for w in sorted(words)]


def test_words_equal_textstats_on_ascii_and_other_text() -> None:
    """``words`` deletes punctuation from an all-ASCII text with a table, from other text
    with the pattern: both give textstat's word list, with every ASCII character placed
    around contractions and stray apostrophes, and on the generated corpus with its
    non-ASCII characters and without them."""
    from textstat.backend.selections import list_words

    from linter.analyse.readability import words

    texts = [f"{c}don't x{c}'s {c}'tis {c}y'all{c} a{c}b {c}" for c in map(chr, range(128))]
    texts += _generated(120)
    texts += [t.encode("ascii", "ignore").decode() for t in texts]
    for text in texts:
        assert words(text) == list_words(text), repr(text[:200])
