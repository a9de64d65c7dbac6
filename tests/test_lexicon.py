"""The lexicon engine: whole words, inflections, exceptions, context, quotes and names."""

from __future__ import annotations

import pytest

from linter.lint.config import Settings
from linter import lint_text
from linter.model.findings import Suggestion
from linter.lint.engine import Linter
from linter.model.errors import ConfigError
from linter.analyse.lexicon import Lexicon, PhraseSet, inflections
from linter.analyse.tokens import tokenize


def _norms(text: str) -> list[str]:
    return [n for _, _, n in tokenize(text)]


def test_inflections_regular_irregular_and_hyphenated() -> None:
    assert {"claims", "claimed", "claiming"} <= inflections("claim")
    assert {"slammed", "slamming", "slams"} <= inflections("slam")
    assert "sent" in inflections("send") and "hung" in inflections("hang")
    assert "cherry-picked" in inflections("cherry-pick")


def test_trie_matches_whole_tokens_only() -> None:
    lex = Lexicon()
    lex.add("send+ shockwaves", "A")
    lex.add("scheme", "B")
    norms = _norms("It sent shockwaves; the schemes and schemer were not matched but the scheme was.")
    hits = [(m.payload, norms[m.first]) for m in lex.matches(norms)]
    assert hits == [("A", "sent"), ("B", "scheme")]


def test_phrase_gaps() -> None:
    ps = PhraseSet()
    ps.add("claim+ ... as its own", "X")
    norms = _norms("Russia also claiming parts of Lugansk, Kherson, and Zaporizhzhia as its own")
    assert ps.spans(norms, 0, len(norms)) == [("X", 2, len(norms))]
    norms = _norms("Russia is claiming that the figure is wrong")
    assert ps.spans(norms, 0, len(norms)) == []


def _codes(text: str, select: str) -> list[tuple[str, str]]:
    linter = Linter(Settings(select=[select]))
    return [(f.code, f.text) for f in lint_text(text, "snippet", linter=linter).findings]


def test_attributed_quotes_shield_but_scare_quotes_do_not() -> None:
    assert _codes("“It was a staggering toll,” the mayor said.", "LOAD001") == []
    assert _codes("The mayor said it was “a staggering toll” for the town.", "LOAD001") == []
    assert _codes("The toll was staggering.", "LOAD001") == [("LOAD001", "staggering")]


def test_capitalised_names_and_titles_are_not_the_writers_words() -> None:
    assert _codes("She starred in Shameless for nine series.", "LOAD001") == []
    assert _codes("Shameless behaviour drew complaints.", "LOAD001") == [("LOAD001", "Shameless")]


def test_exception_cancels_only_its_own_rule() -> None:
    assert _codes("The militants claimed responsibility for the attack.", "ATTR003") == []
    assert _codes("The minister claimed that the hospital had 40 beds.", "ATTR003") == [("ATTR003", "claimed")]


def test_overlapping_terms_of_one_rule_are_one_finding() -> None:
    found = _codes("The verdict sent shockwaves through the city.", "LOAD002")
    assert found == [("LOAD002", "sent shockwaves through")]


def test_suggestion_is_inflected_and_cased() -> None:
    res = lint_text("Claiming victory was premature, the minister claiming that 40 beds existed.", "snippet",
                    linter=Linter(Settings(select=["ATTR003"])))
    sugg = [(f.text, f.suggestion) for f in res.findings]
    assert ("claiming", Suggestion("saying", True)) in sugg


def test_house_pack_bad_regex_is_a_config_error(tmp_path) -> None:
    pack = tmp_path / "bad.toml"
    pack.write_text('''
[[rule]]
code = "HX101"
name = "x"
kind = "lexicon"
severity = "warning"
summary = "x"
message = "x"
[[rule.groups]]
terms = ["foo"]
require_after = "(unclosed"
''', "utf-8")
    with pytest.raises(ConfigError, match="bad.toml"):
        Linter(Settings(packs=[pack]))


def test_an_object_slot_takes_a_possessive_and_its_noun() -> None:
    """"her" is an object pronoun and a possessive: "shouted her rival down" fills the slot."""
    from linter.analyse.lexicon import Lexicon
    lex = Lexicon.of(["shout+ [obj] down"])
    for words in (["shouted", "her", "down"], ["shouted", "her", "rival", "down"], ["shouted", "the", "rival", "down"]):
        assert [(m.first, m.last) for m in lex.matches(words)] == [(0, len(words))], words
