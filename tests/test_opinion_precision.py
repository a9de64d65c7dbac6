"""Sourcing rules (ATTR001, ATTR005, ATTR006) on sentences that only report: classes of
false alarm where the sentence itself says who vouches, or where nobody identifiable is
accused, each with texts of our own that must not reach the gate and ones that still must."""

from __future__ import annotations

from linter import lint_text
from linter.lint.config import Settings
from linter.lint.engine import Linter

_LINTERS: dict[str, Linter] = {}


def found(text: str, code: str) -> list[tuple[str, str]]:
    """(severity, flagged words) of every ``code`` finding in a body-text snippet."""
    if code not in _LINTERS:
        _LINTERS[code] = Linter(Settings(select=[code]))
    return [(f.severity, f.text) for f in lint_text(text, "snippet", linter=_LINTERS[code]).findings]


def gate(text: str, code: str) -> list[str]:
    return [words for severity, words in found(text, code) if severity != "info"]


# --- ATTR006: a party to a case is accused by the case ------------------------------------------

def test_defendants_are_accused_by_their_case() -> None:
    assert found("The former treasurer and two co-defendants are accused of embezzling the club's funds.",
                 "ATTR006") == []
    assert found("A defendant in the bribery case is accused of shredding the ledgers.", "ATTR006") == []


def test_an_accusation_with_no_case_still_needs_an_accuser() -> None:
    assert gate("The former treasurer is accused of embezzling the club's funds.", "ATTR006") == [
        "accused of embezzling the club's funds"]


# --- ATTR006: an allegation about no one the reader can identify is info -----------------------

def test_an_indefinite_alleged_thing_names_no_one() -> None:
    assert found("The charity put its reserves into an alleged pyramid scheme.", "ATTR006") == [
        ("info", "alleged pyramid scheme")]
    assert [s for s, _ in found("An alleged scam has cost pensioners in the county millions.", "ATTR006")] == ["info"]
    assert [s for s, _ in found("A former aide allegedly leaked the memo to a rival.", "ATTR006")] == ["info"]


def test_an_allegation_tied_to_someone_stays_at_the_gate() -> None:
    assert gate("He ran an alleged pyramid scheme for ten years.", "ATTR006") == ["alleged pyramid scheme for ten years"]
    assert gate("The charity put its reserves into an alleged pyramid scheme run by the mayor's brother.",
                "ATTR006") == ["alleged pyramid scheme run by the mayor's brother"]
    assert gate("Reporters looked into an alleged cover-up at the council.", "ATTR006") == [
        "alleged cover-up at the council"]
    assert found("The mayor, accused of taking bribes, resigned on Friday.", "ATTR006") == [
        ("warning", "accused of taking bribes")]


# --- ATTR001: the cue word says which people the group is --------------------------------------

def test_a_group_defined_by_its_stance_is_not_a_source() -> None:
    assert found("For months, people opposed to the bypass have filled the council's inbox with letters.",
                 "ATTR001") == []
    assert found("The ruling covers people who claim to have been misled by the lender.", "ATTR001") == []
    assert found("Residents who say they were never warned to have been moved to the school hall.",
                 "ATTR001") == []


def test_a_vague_group_making_a_claim_is_still_vague() -> None:
    assert gate("There are experts who claim that the bridge is unsafe.", "ATTR001") == [
        "There are experts who claim"]
    assert gate("People opposed to the bypass have filled his inbox, and experts say it will fail.",
                "ATTR001") == ["experts say"]
    assert gate("A report showed at least 40 schools were short of teachers.", "ATTR001") == ["A report showed"]


def test_a_vague_report_is_flagged_by_its_own_words() -> None:
    text = "Bus fares will rise again in May, according to a new report that predicts rural towns will suffer most."
    assert gate(text, "ATTR001") == ["according to a new report"]


# --- ATTR005: the subject of a counting verb made the count ------------------------------------

def test_a_count_made_by_the_subject_is_sourced() -> None:
    assert found("The county hospital recorded a further 40 deaths from the fever last week.", "ATTR005") == []
    assert found("Every province has logged hundreds of deaths since the spring.", "ATTR005") == []
    assert found("The regional office tallied 2,400 evacuated homes and 130 dead.", "ATTR005") == []


def test_a_count_nobody_made_is_unsourced() -> None:
    assert gate("A further 40 deaths from the fever were recorded last week.", "ATTR005") == ["40 deaths"]
    assert gate("The fever has killed 40 people in the valley.", "ATTR005") == ["killed 40"]
    assert gate("Recorded deaths from the fever reached 40 last week.", "ATTR005") == ["deaths from the fever reached 40"]
