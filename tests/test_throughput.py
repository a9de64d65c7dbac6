"""Each shortcut taken for whole-corpus throughput (issue 14) gives what the plain way
gives: lexicon matching from a token list's index, the name scan limited to the runs
that hold a reporting verb, single-character folding by ``str.replace``, the syllable
count kept per word, the command's own process linting beside its workers, and the
details of a result built only when its report reads them."""

from __future__ import annotations

import json
import random
import shutil

from click.testing import CliRunner

from conftest import SEEDS
from linter.analyse import lexicon, syllables
from linter.analyse.attribution import people
from linter.analyse.lexicon import Lexicon, positions
from linter.analyse.tokens import FOLD, FOLD_PAIRS, replace_each, tokenize
from linter.app.cli import main
from linter.checks.repetition import _QUOTE_PAIRS, _QUOTES

_WORDS = ["the", "minister", "said", "sent", "fresh", "shockwaves", "through", "a", "shout", "them", "down",
          "critics", "say", "it", "'s", "claimed", "very", "new", "of", ",", ".", "he", "shouted", "board"]
_TERMS = ["send+ [mod] shockwaves", "shockwaves through", "shout+ [obj] down", "critics say", "it's",
          "the minister", "minister", "said", "a new board of", "of"]


def _walk(lex: Lexicon, norms: list[str], lo: int, hi: int) -> list[tuple[int, int, object]]:
    return [(m.first, m.last, m.payload) for m in lex.matches(norms, lo, hi)]


def test_lexicon_matches_from_the_index_are_the_token_walks(monkeypatch):
    lex = Lexicon.of(_TERMS)
    rnd = random.Random(14)
    for _ in range(300):
        norms = [rnd.choice(_WORDS) for _ in range(rnd.randint(0, 80))]
        ranges = [(0, len(norms))] + [tuple(sorted((rnd.randint(0, len(norms)), rnd.randint(0, len(norms)))))
                                      for _ in range(5)]
        indexed = [_walk(lex, norms, lo, hi) for lo, hi in ranges]
        monkeypatch.setattr(lexicon, "SHORT_RANGE", 10 ** 9)  # every range walked token by token
        plain = [_walk(lex, norms, lo, hi) for lo, hi in ranges]
        monkeypatch.undo()
        assert indexed == plain


def test_positions_index_follows_the_list_asked_about():
    a, b = ["x", "y", "x"], ["y", "y"]
    assert positions(a) == {"x": [0, 2], "y": [1]}
    assert positions(b) == {"y": [0, 1]}
    assert positions(["x", "y", "x"]) == {"x": [0, 2], "y": [1]}  # an equal list of its own
    assert positions(a) is positions(a)


def test_name_scan_limited_to_runs_with_a_verb_finds_what_the_whole_scan_finds():
    rnd = random.Random(7)
    pieces = ["Ana", "Ruiz", "said", "says", "he", "also", "told", ",", " ", "\n", "Westbrook", "unsaid", "said.",
              "Mr", ".", "added", "the", "A", "é", "I", "insisted", "1", "_", "saidé", "Said", "\u2028", "McDonald"]
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.iterdir()) if p.suffix in (".txt", ".md")]
    texts += ["".join(rnd.choice(pieces) + rnd.choice([" ", "", ", ", "\n"]) for _ in range(rnd.randint(0, 40)))
              for _ in range(3000)]
    for text in texts:
        whole = [(m.start(), m.end()) for m in people._NAME_BEFORE_CUE.finditer(text)]
        assert [(m.start(), m.end()) for m in people._name_matches(text)] == whole, text


def test_replace_each_is_translate():
    text = "It’s a ‘well‐known’ non‑issue – “quoted”\u00a0here — ok" * 3
    assert replace_each(text, FOLD_PAIRS) == text.translate(FOLD)
    assert replace_each(text, _QUOTE_PAIRS) == text.translate(_QUOTES)
    assert [n for _, _, n in tokenize("Ruiz’s well‐known")] == ["ruiz", "'s", "well-known"]


def test_syllables_kept_per_word_are_counted_once(monkeypatch):
    calls = []
    real = syllables.hyphen_points
    monkeypatch.setattr(syllables, "hyphen_points", lambda w: calls.append(w) or real(w))
    monkeypatch.setattr(syllables, "_COUNTS", {})
    word = "zzyzxvilleish"  # in no dictionary: counted from hyphenation points
    first = syllables.syllables(word)
    assert syllables.syllables(word) == first and calls == [word]


def test_the_commands_process_lints_beside_its_workers_in_order(tmp_path):
    """``--jobs 3``: two workers and the command's own process share the files, standard
    input among them; the report is the serial one, file for file."""
    names = []
    for i in range(7):
        for seed in ("zelensky-toll.txt", "storm-recovery.md", "wire-neutral.txt"):
            shutil.copy(SEEDS / seed, tmp_path / f"{i:02d}-{seed}")
            names.append(str(tmp_path / f"{i:02d}-{seed}"))
    args = names[:10] + ["-"] + names[10:]
    stdin = (SEEDS / "slanted-transit.txt").read_bytes()

    def run(jobs: str) -> str:
        result = CliRunner().invoke(main, ["check", "--format", "json", "--jobs", jobs, "--stdin-filename", "in.txt",
                                           *args], input=stdin, env={"NO_COLOR": "1"}, catch_exceptions=False)
        return result.output

    serial = run("1")
    assert run("3") == serial
    assert [f["path"] for f in json.loads(serial)["files"]][10] == "in.txt"


def test_a_result_without_details_has_the_same_findings():
    """A report that reads no details (text without the profile) is handed results whose
    details were never built, with the same findings; the details asked for are the ones
    built in full."""
    from linter.lint.engine import DETAILS, Linter
    from linter.model.source import Source

    linter = Linter()
    for path in sorted(SEEDS.iterdir()):
        if path.suffix != ".txt":
            continue
        source = Source(str(path), path.read_text(encoding="utf-8"))
        full = linter.lint_source(source, "txt")
        bare = linter.lint_source(source, "txt", details=())
        profiles = linter.lint_source(source, "txt", details=("profiles",))
        assert bare.findings == full.findings == profiles.findings
        assert all(getattr(bare, name) == [] for name in DETAILS)
        assert profiles.profiles == full.profiles and profiles.attributions == []
        assert full.articles and full.profiles
