"""Reported speech the attribution finder used to miss, so the speaker's words read as
the writer's: a that-clause after a name used as the maker of a statement noun ("Ortiz
campaign accusations that ..."), a participial cue after an adverb-led opening ("Shortly
after the vote, ..., warning that ..."), and a cue whose own that-clause follows asides
("has told friends since May, at dinners, that ...") after a quotation."""

from __future__ import annotations

import pytest

from linter.analyse.annotate import annotate
from linter.lint.config import Settings
from linter.lint.engine import Linter
from linter.model.source import Source
from linter.readers import parse


def frames(text: str) -> list[tuple[str, str, str]]:
    doc = annotate(parse(Source("example.txt", text), "snippet")[0])
    t = doc.text
    return [(t[f.source[0]:f.source[1]] if f.source else "", t[f.cue[0]:f.cue[1]], f.pattern) for f in doc.frames]


def gate_codes(text: str) -> list[tuple[str, str]]:
    result = Linter(Settings()).lint_source(Source("x.txt", "A headline for the test.\n\n" + text), "txt")
    return [(f.code, f.text) for f in result.findings if f.severity in ("warning", "error")]


@pytest.mark.parametrize("text,source,cue", [
    ("Hale would not answer recent Ortiz campaign accusations that his aides were running “vile” adverts.",
     "Ortiz campaign", "accusations"),
    ("White House denials that the aide had lied did not end the row.", "White House", "denials"),
    ("She brushed off Labour warnings that the scheme would collapse.", "Labour", "warnings"),
])
def test_a_name_before_a_statement_noun_and_its_clause_is_the_maker(text: str, source: str, cue: str) -> None:
    assert (source, cue, "that-clause") in frames(text)


@pytest.mark.parametrize("text", [
    "Ortiz campaign accusations were brushed aside.",  # no clause: the noun names a statement made elsewhere
    "The Accusations That Stuck.",  # a capitalised headline word is no maker
    "Hale heard recent accusations that his aides were running adverts.",  # no maker named before the noun
])
def test_a_statement_noun_without_a_named_maker_and_clause_frames_nothing(text: str) -> None:
    assert not any(c in ("accusations", "Accusations") for _, c, _ in frames(text))


def test_a_quoted_label_inside_a_named_makers_clause_is_theirs() -> None:
    text = "Hale would not answer recent Ortiz campaign accusations that his aides were running “vile” adverts."
    assert not any(code.startswith("QUOTE") for code, _ in gate_codes(text))
    # the same label in the writer's own clause is still a scare quote
    assert any(code.startswith("QUOTE") for code, _ in gate_codes("His aides ran “vile” adverts all spring."))


@pytest.mark.parametrize("opening", ["Shortly after the vote", "Soon after the sale", "Immediately before the count"])
def test_an_adverb_led_opening_is_skipped_to_find_a_participial_speaker(opening: str) -> None:
    text = f"{opening}, the growers had organised, warning that the levy would ruin the valley."
    assert ("the growers", "warning", "that-clause") in frames(text)


def test_a_participial_warning_after_an_adverb_led_opening_is_reported() -> None:
    text = "Shortly after the vote, the growers had organised, warning that the levy would decimate the valley."
    assert ("LOAD002", "decimate") not in gate_codes(text)
    assert ("LOAD002", "decimate") in gate_codes("Shortly after the vote, the levy began to decimate the valley.")


def test_a_cue_with_its_own_clause_after_asides_does_not_close_an_earlier_quotation() -> None:
    text = ("Hale spoke at the rally. “Which plan wins?” And she has told friends since May, at dinners and in "
            "private talks, that she fears new scurrilous rumours about her family.")
    found = frames(text)
    assert ("she", "told", "source-cue") in found
    assert not any(p == "inverted" for _, c, p in found if c == "told")
    assert ("LOAD001", "scurrilous") not in gate_codes(text)


def test_a_short_source_after_a_split_quotation_still_closes_it() -> None:
    assert ("she", "told", "inverted") in frames("Hale spoke. “Which plan wins?” she told friends.")


@pytest.mark.parametrize("text,source", [
    ("Asked about the vote, Mayor Ana Ruiz shared her belief that the count was rigged.", "Mayor Ana Ruiz"),
    ("On the new levy, the growers have shared their fears that it will ruin them.", "the growers"),
])
def test_a_belief_shared_with_a_that_clause_is_the_speakers(text: str, source: str) -> None:
    assert any(s == source and p == "held-view" for s, _, p in frames(text)), frames(text)


def test_a_loaded_word_inside_a_shared_belief_is_the_speakers() -> None:
    assert ("LOAD001", "reckless") not in gate_codes("Ruiz shared her belief that the plan was reckless.")


@pytest.mark.parametrize("text", [
    "The two sisters shared their flat in Leeds for a decade.",  # shared, no belief
    "Ruiz shared the belief of many voters.",  # no possessive, no clause
    "We shared our belief that the plan was reckless.",  # the writers themselves
])
def test_a_sharing_verb_without_a_speakers_belief_and_clause_frames_nothing(text: str) -> None:
    assert not any(p == "held-view" for *_, p in frames(text))
