"""Sourcing and quotation rules on professional copy: classes of false alarm a standards
editor marked in samples of gate findings (the reader knows who speaks, the vague source
is named straight away, the accused's reply is reported), each with texts of our own that
must not be flagged and ones that still must."""

from __future__ import annotations

from linter import lint_text
from linter.lint.config import Settings
from linter.lint.engine import Linter


def codes(text: str, select: str, fmt: str = "txt") -> list[tuple[str, str]]:
    found = lint_text(text, fmt, linter=Linter(Settings(select=[select]))).findings
    return [(f.code, f.text) for f in found if f.severity != "info"]


# --- ATTR001: a headline's vague source named in the story -------------------------------------

def test_a_headline_source_named_in_the_first_paragraphs_is_named() -> None:
    text = ("Ferry fares to rise by a tenth, a report says\n\n"
            "The island's ferry operator will raise its fares in April.\n\n"
            "Harbour Lines, which owns the operator, said fares on the night crossing would rise by a tenth.")
    assert codes(text, "ATTR001") == []


def test_a_headline_source_the_story_never_names_is_vague() -> None:
    text = ("Ferry fares to rise by a tenth, a report says\n\n"
            "The island's ferry operator will raise its fares in April.\n\n"
            "Harbour Lines, which owns the operator, said its new boat would arrive in June.")
    assert codes(text, "ATTR001") == [("ATTR001", "a report says")]


def test_another_document_in_the_same_paragraph_is_another_source() -> None:
    text = ("A study from last spring estimated that 3,000 deaths a year follow heat waves. Meanwhile, a July "
            "analysis by the Weather Health Unit found that heat waves caused 2,100 deaths a year.")
    assert codes(text.replace("A study", "A report"), "ATTR001", "snippet") == [
        ("ATTR001", "A report from last spring estimated")]


# --- BAL001: the accused's reply is reported, or none is expected --------------------------------

def test_the_accused_speaking_long_before_is_no_reply() -> None:
    text = ("Budget row\n\nSenator Ann Ruiz said in March that the budget was balanced.\n\n"
            "The council met again in May.\n\nThe auditor's report was published in June.\n\n"
            "Senator Ann Ruiz is alleged to have hidden donations from the party.")
    assert codes(text, "BAL001") == [("BAL001", "alleged to")]


def test_the_accused_replying_in_the_next_paragraph_answers() -> None:
    text = ("Budget row\n\nSenator Ann Ruiz is alleged to have hidden donations from the party.\n\n"
            "Ruiz told the Ledger on Tuesday that every donation had been declared.")
    assert codes(text, "BAL001") == []


# --- QUOTE001: a speaker's word quoted back is not a scare quote --------------------------------

def test_a_word_a_speaker_used_earlier_is_theirs() -> None:
    said = "Ana Seitz: Hale is selling candy to voters, and everyone on this panel knows it.\n\n"
    rest = "The host moved on to the polls.\n\nIt was a far cry from Hale's “candy” for the voters."
    assert codes("Panel\n\n" + said + rest, "QUOTE001") == []
    assert codes("Panel\n\n" + rest, "QUOTE001") == [("QUOTE001", "“candy”")]


def test_a_word_quoted_back_inside_a_framing_noun_is_still_doubted() -> None:
    text = ("Panel\n\nAna Seitz: Hale is selling candy to voters, and everyone on this panel knows it.\n\n"
            "The host moved on to the polls.\n\nVoters tired of Hale's insistence on “candy” for everyone.")
    assert codes(text, "QUOTE001") == [("QUOTE001", "“candy”")]


def test_a_definite_back_reference_to_a_group_is_judged_once() -> None:
    text = ("Outside experts say the plan falls far short of the target. Unless it is tightened, the experts say, "
            "the country will miss its goal.")
    assert codes(text, "ATTR001", "snippet") == [("ATTR001", "Outside experts say")]


def test_one_vague_source_with_two_verbs_is_one_finding() -> None:
    text = "Critics believe the forecast is too high and fear tax rises, saying the receipts have been overestimated."
    assert codes(text, "ATTR001", "snippet") == [("ATTR001", "Critics believe")]


# --- QUOTE002: a speaker introduced in the sentence before, then quoted -------------------------

_PROFILE = ("The consultant who wants to win\n\n"
            "Dana Whitlock said on Monday that she had advised three governors.\n\n"
            "Her rival, Sam Ortiz, said the party had lost its way.\n\n"
            "The party won four seats in the spring and lost two in the autumn.\n\n"
            "Turnout in the county fell for the third election running.\n\n"
            "{intro} \"I was on a ferry to the islands and the party leader was on it too, which is how it all began.\"")


def test_a_quotation_after_a_sentence_about_a_named_speaker_is_theirs() -> None:
    assert codes(_PROFILE.format(intro="Whitlock is almost evangelical about the party these days."), "QUOTE002") == []


def test_a_quotation_after_a_sentence_about_nobody_who_speaks_has_no_speaker() -> None:
    found = codes(_PROFILE.format(intro="The party's fortunes have changed this year."), "QUOTE002")
    assert [c for c, _ in found] == ["QUOTE002"]


# --- LOAD: a charge pinned on someone is the accuser's characterisation --------------------------

def test_the_words_of_a_charge_belong_to_the_accuser() -> None:
    assert codes("The opposition leader accused the minister of steamrolling the bill through.", "LOAD") == []
    assert codes("Local papers branded the launch a cynical stunt.", "LOAD") == []


def test_a_stance_verb_with_a_plain_object_leaves_the_adjective_to_the_writer() -> None:
    assert [c for c, _ in codes("The mayor criticised the cynical stunt at the depot.", "LOAD")] == ["LOAD001"]


def test_a_phrase_credited_by_what_someone_calls_it_is_theirs() -> None:
    text = ("The families' group lobbied for what it calls \"sensible safety laws for every school district\" "
            "in the state capital on Tuesday.")
    assert codes(text, "QUOTE", "snippet") == []


def test_a_quotation_repeated_by_the_same_speaker_under_a_shorter_name_is_not_reused() -> None:
    first = "\"Iowa happened and the race changed in a week,\" Bill Clinton said at the dinner.\n\n"
    again = "Later he repeated it. \"Iowa happened and the race changed in a week,\" Clinton said.\n\n"
    other = "\"Iowa happened and the race changed in a week,\" said Senator Mark Ellis, mocking him.\n"
    assert codes("Clinton looks back\n\n" + first + again, "QUOTE003") == []
    assert [c for c, _ in codes("Clinton looks back\n\n" + first + other, "QUOTE003")] == ["QUOTE003"]


# --- ATTR001: advice and demands state no fact; members of a named body ---------------------------

def severities(text: str, select: str) -> list[tuple[str, str]]:
    found = lint_text(text, "snippet", linter=Linter(Settings(select=[select]))).findings
    return [(f.text, f.severity) for f in found]


def test_a_vague_group_giving_advice_is_info() -> None:
    assert severities("After the briefing, nurses and health experts urged parents not to give the syrup to "
                      "infants.", "ATTR001") == [("health experts urged", "info")]
    assert severities("Critics called on the harbour master to resign over the dredging contract.",
                      "ATTR001") == [("Critics called on", "info")]


def test_a_vague_group_stating_a_fact_is_still_a_warning() -> None:
    assert severities("Health experts warned parents that the syrup had harmed infants.",
                      "ATTR001") == [("Health experts warned", "warning")]
    assert severities("Experts urged caution, saying the syrup had harmed infants.",
                      "ATTR001")[0][1] == "warning"


def test_members_of_a_body_just_named_are_identified() -> None:
    assert codes("The Assembly adopted the water budget on Friday, but some lawmakers complained that it was "
                 "too small.", "ATTR001") == []
    assert codes("The water budget was adopted on Friday, but some lawmakers complained that it was too small.",
                 "ATTR001") == [("ATTR001", "some lawmakers complained")]


def test_a_specialist_discipline_is_info_and_a_generic_group_a_warning() -> None:
    assert severities("The mill town lost half its weavers in a decade, according to historians.",
                      "ATTR001") == [("according to historians", "info")]
    assert ("according to experts", "warning") in severities(
        "The mill town lost half its weavers in a decade, according to experts.", "ATTR001")


# --- ATTR007: a source placed in an organisation is described, not bare ---------------------------

def test_an_affiliated_source_is_described_and_a_bare_one_a_warning() -> None:
    assert severities("Party sources told the paper that the leader would stand down in May.",
                      "ATTR007") == [("Party sources", "info")]
    assert severities("The merger will be announced on Monday, a Harbour Lines source said.",
                      "ATTR007") == [("a Harbour Lines source", "info")]
    assert severities("The merger will be announced on Monday, a source said.",
                      "ATTR007") == [("a source", "warning")]
    assert severities("A source said the merger would be announced on Monday.",
                      "ATTR007") == [("A source", "warning")]
    assert severities("Senate sources say the tapes were lost.", "ATTR007") == [("Senate sources", "info")]
    assert severities("Several sources say the tapes were lost.", "ATTR007") == [("Several sources", "warning")]


_NAMED_EARLIER = ("The consultant who wants to win\n\n"
                  "By all accounts, Bostonian Hal Prentiss is a winner in politics.\n\n"
                  "The council said the vote would be held in May.\n\n"
                  "Ann Hale said she would stand again.\n\n"
                  "Turnout fell for the third year running.\n\n"
                  "The party has lost two seats since the spring.\n\n"
                  "{subject} almost evangelical about the party. \"I was on a ferry to the islands and "
                  "the party leader was on board too, which is how it started.\"")


def test_a_quotation_after_a_sentence_opening_with_a_named_persons_surname_is_theirs() -> None:
    assert codes(_NAMED_EARLIER.format(subject="Prentiss appears"), "QUOTE002") == []
    assert [c for c, _ in codes(_NAMED_EARLIER.format(subject="Voters appear"), "QUOTE002")] == ["QUOTE002"]


def test_a_group_listed_by_name_in_its_own_sentence_is_not_vague() -> None:
    named = "Several nations announced new sanctions on Monday, including Peru, Chile and Norway."
    assert codes(named, "ATTR001", "snippet") == []
    assert [c for c, _ in codes("Several nations announced that new sanctions were coming on Monday.",
                                "ATTR001", "snippet")] == ["ATTR001"]


def test_a_named_persons_surname_as_subject_mid_sentence_introduces_the_quotation() -> None:
    assert codes(_NAMED_EARLIER.format(subject="On this subject, Prentiss appears"), "QUOTE002") == []
    org = _NAMED_EARLIER.replace("Bostonian Hal Prentiss", "the European Union").format(
        subject="On this subject, the Union appears")
    assert [c for c, _ in codes(org, "QUOTE002")] == ["QUOTE002"]


# --- ATTR001: a single report's maker, and a specialist's affiliation, named next ---------------

_FARES = "Ferry fares up\n\nNight crossings cost a tenth more than last year, said a report. "


def test_a_research_firm_giving_figures_next_is_the_reports_maker() -> None:
    assert codes(_FARES + "Market research firm Tidewatch said 18% of travellers had switched to the bridge.",
                 "ATTR001") == []


def test_a_firm_that_makes_no_reports_or_denies_them_is_not_the_maker() -> None:
    assert codes(_FARES + "Ferry company Harbour Lines said 18% of travellers had switched to the bridge.",
                 "ATTR001") == [("ATTR001", "said a report")]
    assert codes(_FARES + "Market research firm Tidewatch said it had not found any rise.",
                 "ATTR001") == [("ATTR001", "said a report")]


_RULES = "Ferry rules unclear\n\nSome experts said the new ferry rules were drafted too loosely to show who qualified.\n\n"


def test_a_specialist_at_a_described_institute_next_is_one_of_the_experts() -> None:
    assert codes(_RULES + "Tom Reed, an analyst at the independent Harbour Institute, said the operator had left "
                 "the rules vague.", "ATTR001") == []


def test_a_bystander_next_is_not_one_of_the_experts() -> None:
    assert codes(_RULES + "Tom Reed, who lives near the harbour, said the operator had left the rules vague.",
                 "ATTR001") == [("ATTR001", "Some experts said")]


# --- ATTR001: critics as a work's reviewers ---------------------------------------------------

def test_critics_beside_a_film_are_its_reviewers() -> None:
    text = ("The new space film took only $2m in its first week. Critics have mauled the four-hour saga, which "
            "cost $90m to make.")
    assert codes(text, "ATTR001", "snippet") == []


def test_critics_of_a_law_are_a_vague_source() -> None:
    text = ("The housing law came into force in May. Critics have said the four-part scheme will cost "
            "renters $90m a year.")
    assert codes(text, "ATTR001", "snippet") == [("ATTR001", "Critics have said")]


# --- QUOTE001: words spoken out loud are not scare quotes ---------------------------------------

def test_a_quoted_question_or_a_repeated_sound_is_speech() -> None:
    assert codes("The skipper greeted every passenger with her cheerful 'Who's next?' at the gangway.",
                 "QUOTE001", "snippet") == []
    assert codes("On the ferry the mayor gave his usual 'no, no, no' to every question about fares.",
                 "QUOTE001", "snippet") == []


def test_a_quoted_word_pinned_on_its_owner_is_still_a_scare_quote() -> None:
    assert codes("The council's 'consultation' lasted two days.", "QUOTE001", "snippet") == [
        ("QUOTE001", "'consultation'")]
