"""Classes of sourcing false alarm a strict standards editor found in professional copy (stop
26), each with sentences of our own that must not reach the gate and ones that still must. No
text here comes from the evaluation data."""

from __future__ import annotations

from linter import lint_text
from linter.lint.config import Settings
from linter.lint.engine import Linter


def found(text: str, select: str) -> list[tuple[str, str, str]]:
    """(code, severity, words) of the selected rules' findings in a story of one paragraph
    under a headline, info included."""
    result = lint_text("Report\n\n" + text, "txt", linter=Linter(Settings(select=select.split(","))))
    return [(f.code, f.severity, f.text) for f in result.findings]


def gate(text: str, select: str) -> list[tuple[str, str]]:
    """The gate's findings (warnings and errors) of the selected rules."""
    return [(c, t) for c, s, t in found(text, select) if s != "info"]


# --- ATTR005: the reporter's own count of a gathering at the story's event --------------------

def test_an_audience_the_reporter_saw_needs_no_source() -> None:
    for text in ("The governor spoke to a crowd of about 900 in a school gym on Tuesday.",
                 "Standing before a crowd of 1,500 union members, the senator promised new bridges.",
                 "Some 300 protesters waited outside the arena, chanting slogans.",
                 "He greeted 2,500 supporters at a late-night rally in the old mill.",
                 # the future in a quotation is the speaker's, not the crowd's
                 "She told 600 supporters at a rally that “we will win this town back”."):
        assert gate(text, "ATTR005") == [], text


def test_a_big_crowd_or_one_still_to_come_keeps_its_finding() -> None:
    # tens of thousands: the organisers' and the police's figures part
    assert gate("A crowd of 45,000 marched through the city centre on Saturday.", "ATTR005") == [
        ("ATTR005", "crowd of 45,000")]
    # a crowd no one has seen yet is a forecast somebody made
    assert gate("The summit will draw as many as 2,000 protesters on its first day.", "ATTR005") == [
        ("ATTR005", "2,000 protesters")]
    assert gate("Police expect a crowd of about 3,000 at the rally on Sunday.", "ATTR005") == [
        ("ATTR005", "crowd of about 3,000")]


def test_arrests_are_an_authoritys_count_whatever_their_size() -> None:
    assert gate("Police detained 400 people after the march.", "ATTR005") == [("ATTR005", "detained 400")]


# --- ATTR003: "insistence" describes a firm stance, as the verb "insisted" does -----------------

def test_insistence_is_information_like_the_verb() -> None:
    for text, words in (("The chairman's insistence that no offer would be accepted ended the talk of a sale.",
                         "insistence"),
                        ("The mayor's insistence on a second vote delayed the budget.", "insistence")):
        assert found(text, "ATTR003") == [("ATTR003", "info", words)], text


def test_a_doubt_verb_beside_it_still_reaches_the_gate() -> None:
    text = "The mayor claimed that the budget was balanced, despite her insistence on a second vote."
    assert gate(text, "ATTR003") == [("ATTR003", "claimed")]


# --- ATTR002: scrutiny alone is examination, not a verdict ----------------------------------------

def test_scrutiny_without_a_scrutineer_is_information() -> None:
    for text in ("The adviser's consulting work abroad has come under scrutiny.",
                 "The agency's spending came under intense scrutiny after the floods.",
                 "The port's accounts have drawn scrutiny over the past year."):
        found_ = found(text, "ATTR002")
        assert found_ and all(s == "info" for _, s, _ in found_), text


def test_scrutiny_for_a_reason_is_criticism_without_a_critic() -> None:
    # the reason is what someone objects to: whose objection is it?
    assert gate("The deal has drawn scrutiny for its effect on smaller ports.", "ATTR002") == [
        ("ATTR002", "drawn scrutiny")]
    assert gate("The adviser came under scrutiny over his fees.", "ATTR002") == [
        ("ATTR002", "came under scrutiny")]
    # the one who scrutinises, named: reporting
    assert found("The deal has drawn scrutiny from the port authority for its fees.", "ATTR002") == []


def test_criticism_without_a_critic_stays_a_warning() -> None:
    assert gate("The agency's spending has drawn heavy criticism.", "ATTR002") == [
        ("ATTR002", "drawn heavy criticism")]
    assert gate("The airline has come under fire for its refund policy.", "ATTR002") == [
        ("ATTR002", "has come under fire")]


# --- ATTR001: specialists one of whom the next sentence quotes, known to the reader -------------

def test_a_speaker_the_story_introduced_earlier_is_one_of_the_observers() -> None:
    text = ("Ann Hale, a talk radio host in the capital, recalled how her listeners reacted in 2008.\n\n"
            "The senator's rise surprised many, said several observers. \"Nobody expected it,\" said Hale.")
    assert gate(text, "ATTR001") == []
    # the quotation runs over sentences: its speaker, named where it closes, is the next one
    text = ("Ann Hale, a talk radio host in the capital, recalled how her listeners reacted in 2008.\n\n"
            "The senator's rise surprised many, said several observers. \"Nobody expected it. "
            "Two winters back the halls were empty. Now they are full,\" said Hale.")
    assert gate(text, "ATTR001") == []
    text = ("The campaign's web traffic was studied by Tom Reed, editor of the Daily Ledger.\n\n"
            "Digital experts said success depends on authenticity. \"Voters can tell,\" Reed said.")
    assert gate(text, "ATTR001") == []


def test_a_speaker_described_as_a_specialist_is_one_of_the_others() -> None:
    text = ("Although Reed says the blogger broke the story, others argue that he started the standoff.\n\n"
            "\"You would not have had the standoff without him,\" says Jo Marsh, an expert on militias.")
    assert gate(text, "ATTR001") == []


def test_a_speaker_with_no_role_leaves_the_group_vague() -> None:
    # introduced before with no role, or described as no specialist: the group is still vague
    text = ("Ann Hale recalled how her listeners reacted in 2008.\n\n"
            "The senator's rise surprised many, said several observers. \"Nobody expected it,\" said Hale.")
    assert gate(text, "ATTR001") == [("ATTR001", "said several observers")]
    text = "Others argue that he started the standoff. \"He is a menace,\" says Jo Marsh, who lives nearby."
    assert gate(text, "ATTR001") == [("ATTR001", "Others argue")]
    # an answer is another side, whoever gives it
    text = ("Ann Hale, a talk radio host, recalled the campaign.\n\n"
            "Experts said the rise was a surprise. But Hale said she had seen it coming.")
    assert gate(text, "ATTR001") == [("ATTR001", "Experts said")]


# --- ATTR003: a doubt noun in the words of the one who answers it -------------------------------

def test_a_claim_named_in_a_speakers_rebuttal_is_the_speakers_word() -> None:
    for text in ("Mr Reed denied any part in the report. He suggested the claim that he had written "
                 "it was the result of a misprint.",
                 "The minister told MPs the claim that the hospital would close was untrue."):
        assert gate(text, "ATTR003") == [], text


def test_the_writers_own_claim_noun_still_reaches_the_gate() -> None:
    assert gate("The minister's claim that the hospital would stay open was repeated on Monday.",
                "ATTR003") == [("ATTR003", "claim")]
    assert gate("He repeated the claim that the hospital would stay open.", "ATTR003") == [("ATTR003", "claim")]


# --- ATTR005: a figure dated by a month with its year is of a past year ------------------------

def test_a_figure_dated_by_month_and_year_is_background() -> None:
    # house styles give a date of the current year without it: a year with the month marks a past one
    for text in ("In August 2002 the police closed 70 clubs and arrested 224 people in a crackdown.",
                 "The ground was targeted by a bomb on 1 May, 2002, before a cup semi-final. "
                 "A car bomb went off in a side street and 17 people were slightly injured."):
        assert gate(text, "ATTR005") == [], text


def test_a_toll_counted_to_now_or_dated_without_a_year_keeps_its_finding() -> None:
    assert gate("Since March 2011 the war has killed 400,000 people.", "ATTR005") == [("ATTR005", "killed 400,000")]
    assert gate("The hall burned down on Friday. In all, 19 people were killed.", "ATTR005") == [
        ("ATTR005", "19 people were killed")]


# --- ATTR003: "claimed" for a statement the story shows untrue in the next sentence --------------

def test_a_claim_the_next_sentence_shows_untrue_is_accurately_a_claim() -> None:
    for text in ("Friends remembered him claiming that his father was a sea captain. (He was not.)",
                 "The candidate is claiming that ballot fraud is rife. In fact, it is very rare.",
                 "The mayor claimed that the bridge had been paid for twice. A county audit rated "
                 "the statement false."):
        assert gate(text, "ATTR003") == [], text


def test_a_claim_followed_by_no_verdict_keeps_its_finding() -> None:
    # the next sentence goes on, or answers it: the doubt verb is still the writer's framing
    for text in ("The mayor claimed that the bridge had been paid for twice. The council met on Monday.",
                 "The mayor claimed that the bridge had been paid for twice. \"In fact, it was paid "
                 "three times,\" she added."):
        assert gate(text, "ATTR003") == [("ATTR003", "claimed")], text


# --- PRESUP001: a party's acknowledgement stays information in the lede -------------------------

def test_an_acknowledgement_in_the_lede_is_not_raised_to_the_gate() -> None:
    text = ("The ministry announced a new visa scheme on Tuesday, acknowledging that the old one "
            "had not stopped people crossing without papers.")
    assert found(text, "PRESUP001") == [("PRESUP001", "info", "acknowledging that")]


def test_a_revelation_in_the_lede_is_still_raised() -> None:
    text = "Multiple reports revealed that the charity had hidden its donors."
    assert gate(text, "PRESUP001") == [("PRESUP001", "revealed that")]


# --- ATTR007: "source" in a technical compound informs no one -----------------------------------

def test_open_source_developers_are_no_anonymous_source() -> None:
    for text in ("Thousands of software patents exist, and open source developers say most of them "
                 "stifle small firms.",
                 "Source code developers say the new licence is too strict."):
        assert found(text, "ATTR007") == [], text


def test_a_bare_source_beside_the_compound_is_still_one() -> None:
    assert gate("One source said the open source code would be released on Friday.", "ATTR007") == [
        ("ATTR007", "One source")]
