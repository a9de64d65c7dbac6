"""Work shared or skipped for speed (issue 14) gives what the plain computation gives: the
genres' register words counted in one pass, cue patterns skipped when the article lacks
a string every match of them holds."""

from __future__ import annotations

import random
import re

from linter.analyse import embeds, genre
from linter.analyse.lexicon import Lexicon
from linter.analyse.vocab import vocab
from linter.lint.config import Settings
from linter.lint.engine import Linter
from linter.analyse.prefilter import fold, may_match, may_match_between, needs
from test_speed_equivalence import _docs


def _plain_register_hits(norms: list[str]) -> list[int]:
    return [sum(1 for _ in g.register.matches(norms)) if g.register.root else 0 for g in genre._table().genres]


def test_register_hits_count_every_match_of_every_genre() -> None:
    for doc in _docs():
        assert genre._register_hits(doc.tok_norm) == _plain_register_hits(doc.tok_norm)
    words = sorted({w for g in genre._table().genres for w in g.register.root})
    # the second words of longer terms ("world cup", "passed away") and some filler
    words += ["cup", "away", "office", "best", "record", "kick", "the", "'s", "nations", "league", "."]
    rng = random.Random(14)
    for _ in range(400):
        norms = [rng.choice(words) for _ in range(rng.randint(0, 40))]
        assert genre._register_hits(norms) == _plain_register_hits(norms), norms


def test_needs_read_from_the_pattern() -> None:
    assert needs(r"\bis survived by\b") == (("is survived by",),)
    assert needs(r"\b(?:on|after) \d+ minutes?\b") == ((" minute", " minutes"), ("after ", "on "))
    assert needs(r"(?-i:[A-Z]\w+) (?:writes|asks)") == ((" asks", " writes"),)
    assert needs(r"[★☆]{2,}") == ()  # not ASCII: nothing known
    assert needs(r"\b\w+ly\b|\bvery\b") == (("ly", "very"),)
    assert needs(r"(?:foo)?bar|x") == (("bar", "foobar", "x"),)
    assert needs(r"(?:foo)?bar|x?") == ()  # an alternative that matches nothing
    assert needs(r"a.c") == (("a",), ("c",))


#: Pieces texts are made of: the strings patterns need, in every case, beside what they
#: match on either side (digits, dashes, brackets, line breaks).
_PIECES = ["won", "3-1", "2-2", "half-time", "Subs", ":", "A", "on", "75", "minutes", "35th", "-", "minute", "(", ")",
           "Smith", "Jones", "83", "finished", "fourth", "in", "the", "gold", "5,000m", "400m", "hurdles", "is",
           "survived", "by", "was", "born", "died", "aged", "1921", "2004", "Dear", "Sir", ",", "Yours", "faithfully",
           "To", "Editor", "writer", "lives", "Leeds", "UK", "Fla.", "@jdoe61", "I", "think", "we", "must", "writes",
           "Jane", "Doe", ".", "analysis", "|", "4/5", "8/10", "four-star", "rating", "our", "verdict", "gameplay",
           "this", "disc", "box", "set", "despite", "even", "as", "though", "spite", "of", "\n", "\n\n", "  ", "İs", "ſurvived", "dıed", "KELVIN", "\u212a"]


def _text(rng: random.Random) -> str:
    words = []
    for _ in range(rng.randint(1, 14)):
        w = rng.choice(_PIECES)
        w = rng.choice((w, w.upper(), w.lower(), w.title()))
        if rng.random() < 0.1:  # a letter written as one that matches it only without case
            w = w.replace("i", rng.choice(("ı", "İ", "i"))).replace("s", rng.choice(("ſ", "s")))
        words.append(w)
    return "".join(w + rng.choice((" ", " ", "", "\n")) for w in words)


def test_a_pattern_that_matches_always_passes_its_prefilter() -> None:
    patterns = [p for g in genre._table().genres for p in g.patterns]
    patterns += [p for c in Linter(Settings()).checks if c.kind == "juxtaposition" for p in c.inline.values()]
    patterns += [p for c in Linter(Settings()).checks if c.kind == "unsourced-figure"
                 for p in [*c.background.values(), *c.historical.values()]]
    patterns += [p for p, _ in embeds._patterns()]
    patterns += [re.compile(p, re.IGNORECASE | re.MULTILINE) for p in (r"\bis survived by\b", r"s\w+d", r"k\b")]
    kept = [(p, needs(p.pattern, p.flags)) for p in patterns]
    assert sum(1 for _, n in kept if n) >= len(kept) * 3 // 4
    rng = random.Random(14)
    matched = 0
    texts = [_text(rng) for _ in range(4000)] + [doc.text for doc in _docs()]
    for text in texts:
        folded = fold(text)
        for p, need in kept:
            m = p.search(text)
            if m:
                matched += 1
                assert may_match(need, folded), (p.pattern, text)
                # the strings lie inside the match itself (a block without them is skipped)
                assert len(folded) != len(text) or may_match_between(need, folded, m.start(), m.end())
    assert matched > 2000


def test_matches_at_a_token_are_the_matches_that_start_there() -> None:
    lexicons = [vocab().cues, Lexicon.of(["said", "according to", "told", "send+ [mod] shockwaves", "shout+ [obj] down",
                                          "the", "the plan", "the plan was"])]
    words = ["said", "according", "to", "told", "sent", "fresh", "shockwaves", "shouted", "them", "down", "the", "plan",
             "was", "a", "minister", ",", "."]
    rng = random.Random(14)
    for _ in range(600):
        norms = [rng.choice(words) for _ in range(rng.randint(0, 30))]
        lo = rng.randint(0, len(norms))
        hi = rng.choice((None, rng.randint(lo, len(norms))))
        for lex in lexicons:
            for i in range(-1, len(norms) + 1):
                want = [(m.first, m.last, m.payload) for m in lex.matches(norms, max(i, 0), hi) if m.first == i]
                got = [(m.first, m.last, m.payload) for m in lex.matches_at(norms, i, hi)]
                assert got == want, (norms, i, hi)
