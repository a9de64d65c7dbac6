"""``word+`` expansion: the dictionary's forms where it knows the word, suffix rules where
it does not, and the table kept on disk so a run need not import the library."""

from __future__ import annotations

import subprocess
import sys

import pytest

from linter.analyse import inflect
from linter.analyse.inflect import inflect as form_of
from linter.analyse.inflect import inflections, tag_of

#: Forms the hand-written suffix rules missed or got wrong, and the dictionary gets right.
DICTIONARY_CASES = {
    "admit": {"admitted", "admitting", "admits"},
    "quip": {"quipped", "quipping"},
    "fuel": {"fuelled", "fuelling", "fueled"},
    "fly": {"flew", "flown", "flies"},
    "beat": {"beaten"},
    "spring": {"sprang", "sprung"},
    "tread": {"trod", "trodden"},
    "crisis": {"crises"},
    "shout": {"shouted", "shouting", "shouts"},
    "criticise": {"criticised", "criticising", "criticises"},
}


@pytest.mark.parametrize("lemma,forms", sorted(DICTIONARY_CASES.items()))
def test_dictionary_forms(lemma: str, forms: set[str]) -> None:
    assert forms <= inflections(lemma)


def test_nouns_get_no_verb_forms() -> None:
    """The suffix rules made 'aided' from 'aide' and 'united' from 'unit'."""
    assert "aided" not in inflections("aide")
    assert "united" not in inflections("unit")
    assert "bigoted" not in inflections("bigot")
    assert "aides" in inflections("aide")


def test_unknown_words_and_hyphens_fall_back_to_suffix_rules() -> None:
    assert {"weaponised", "weaponising", "weaponises"} <= inflections("weaponise")
    assert {"steamrolled", "steamrolling"} <= inflections("steamroll")
    assert {"flip-flopped", "flip-flopping"} <= inflections("flip-flop")
    assert "cherry-picked" in inflections("cherry-pick")


def test_irregular_table_still_adds_its_forms() -> None:
    assert {"lay", "lain", "lying"} <= inflections("lie")


def test_tags_drive_replacements() -> None:
    assert tag_of("slammed", "slam") in ("VBD", "VBN")
    assert form_of("criticise", "VBG") == "criticising"
    assert form_of("say", "VBD") == "said"


def test_table_is_cached_so_a_run_need_not_import_the_library(tmp_path) -> None:
    code = ("import sys; from linter.analyse.inflect import inflections; inflections('shout'); "
            "import linter.analyse.inflect as i; i._flush(); print('lemminflect' in sys.modules)")
    env = {"NEWSLINT_CACHE_DIR": str(tmp_path), "PATH": ""}
    first = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    second = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert first.stdout.strip() == "True"
    assert second.stdout.strip() == "False"
    assert inflect.table_key()
