"""What a loaded word describes (analyse.targets) and the lexicon groups that read it
(``targets``, ``literal``, ``untargeted``, ``classes``), plus the matcher's slots."""

from __future__ import annotations

import pytest

from linter import lint_text
from linter.analyse.annotate import annotate
from linter.analyse.lexicon import Lexicon
from linter.analyse.targets import default_index, describe
from linter.analyse.tokens import tokenize
from linter.lint.config import Settings
from linter.lint.engine import Linter
from linter.model.errors import ConfigError
from linter.model.source import Source
from linter.readers import parse


def _classes(text: str, word: str) -> set[str]:
    doc = annotate(parse(Source("t", text), "snippet")[0])
    for si, sent in enumerate(doc.sentences):
        for i in range(sent.first, sent.last):
            if doc.tok_norm[i] == word:
                return set(describe(doc, si, i, i + 1, default_index()).classes)
    raise AssertionError(f"{word!r} not in {text!r}")


@pytest.mark.parametrize("text,word,classes", [
    ("The storm devastated the harbour.", "devastated", {"weather", "physical"}),
    ("It was a brutal winter.", "brutal", {"weather", "situation"}),
    ("The winter was brutal.", "brutal", {"weather"}),
    ("It was a devastating policy failure.", "devastating", {"conduct", "situation"}),
    ("It is a true disgrace.", "disgrace", {"situation"}),
    ("Maybe it is the authorities that are insane.", "insane", {"organisation"}),
    ("The minister's brutal cuts hit schools.", "brutal", {"people", "policy"}),
    # a capitalised class entry is what the entry names, not a name besides (stop 25)
    ("The regime at City Hall raised fares.", "regime", {"organisation"}),
    ("The Assad regime shelled the town.", "regime", {"name"}),
    ("The so-called Fair Fares reform passed.", "so-called", {"policy"}),
    ("Police studied so-called related party transactions.", "so-called", set()),
    ("The so-called dead cat bounce came on Monday.", "so-called", set()),
    ("The film won a staggering 12 awards.", "staggering", {"number", "count", "fiction"}),
    ("The thriller stars Reeves as a ruthless exorcist.", "ruthless", {"fiction"}),
    ("Sales rose by a staggering 40.", "staggering", {"number", "count"}),
    # an armed conflict is a contested event and warfare (literal for words of destruction)
    ("The already staggering toll of the conflict rose.", "staggering", {"event", "warfare"}),
    ("He played a relentless and arrogant villain.", "relentless", {"fiction"}),
    ("Farmers counted the devastating impact of the storm.", "devastating", {"weather"}),
    ("He was brutal to his critics.", "brutal", {"people"}),
    ("He wrote ghost stories, horrors, westerns, anything at all.", "horrors", {"fiction"}),
    ("The minister's remarks were dangerous and disturbing.", "disturbing", {"conduct"}),
])
def test_what_a_word_describes(text: str, word: str, classes: set[str]) -> None:
    assert _classes(text, word) == classes


def _pack(tmp_path, group: str, extra: str = "") -> Linter:
    pack = tmp_path / "house.toml"
    pack.write_text(f'''
[[rule]]
code = "HX101"
name = "x"
kind = "lexicon"
severity = "warning"
summary = "x"
message = "'{{text}}'"
{extra}
[[rule.groups]]
terms = ["brutal", "devastat+"]
{group}
''', "utf-8")
    return Linter(Settings(packs=[pack], select=["HX101"]))


def _found(linter: Linter, text: str) -> list[tuple[str, str]]:
    return [(f.text, f.severity) for f in lint_text(text, "snippet", linter=linter).findings]


def test_literal_classes_release_a_match(tmp_path) -> None:
    linter = _pack(tmp_path, 'literal = ["weather", "physical"]')
    assert _found(linter, "It was a brutal winter.") == []
    assert _found(linter, "The storm devastated the harbour.") == []
    assert _found(linter, "The minister's brutal cuts hit schools.") == [("brutal", "warning")]


def test_targets_keep_the_severity_and_the_rest_is_untargeted(tmp_path) -> None:
    linter = _pack(tmp_path, 'targets = ["people", "policy"]\nuntargeted = "info"')
    assert _found(linter, "The minister's brutal cuts hit schools.") == [("brutal", "warning")]
    assert _found(linter, "It was a brutal game of chess.") == [("brutal", "info")]
    off = _pack(tmp_path, 'targets = ["people"]\nuntargeted = "off"')
    assert _found(off, "It was a brutal game of chess.") == []


def test_a_house_pack_adds_its_own_class(tmp_path) -> None:
    linter = _pack(tmp_path, 'literal = ["pastry"]', extra='classes = { pastry = ["croissant+"] }')
    assert _found(linter, "The croissants were brutal.") == []
    assert _found(linter, "The cuts were brutal.") == [("brutal", "warning")]


def test_unknown_class_is_a_config_error(tmp_path) -> None:
    with pytest.raises(ConfigError, match="unknown class 'wether'"):
        _pack(tmp_path, 'literal = ["wether"]')


def _slots(term: str, text: str) -> list[str]:
    lex = Lexicon()
    lex.add(term, term)
    norms = [n for _, _, n in tokenize(text)]
    return [" ".join(norms[m.first:m.last]) for m in lex.matches(norms)]


def test_object_slot_of_a_phrasal_verb() -> None:
    assert _slots("shout+ [obj] down", "They shouted down the motion.") == ["shouted down"]
    assert _slots("shout+ [obj] down", "They were shouting them down.") == ["shouting them down"]
    assert _slots("shout+ [obj] down", "Hecklers shouted the minister down.") == ["shouted the minister down"]
    assert _slots("shout+ [obj] down", "They shouted angrily down the phone.") == []


def test_modifier_slot_takes_one_adjective_or_adverb() -> None:
    assert _slots("send+ [mod] shockwaves", "It sent fresh shockwaves through the party.") == ["sent fresh shockwaves"]
    assert _slots("pack of [mod] lies", "It was a pack of outright lies.") == ["pack of outright lies"]
    assert _slots("pack of [mod] lies", "A pack of cards lies on the table.") == []


def test_a_slot_must_stand_between_words() -> None:
    with pytest.raises(ValueError):
        Lexicon().add("[mod] lies", "x")
