"""Classes of false alarm a standards editor found in the bbc_news samples of stop 22
(seeds 2221 and after), each with sentences of our own that must not be flagged and ones
that still must. No text here comes from the evaluation data."""

from __future__ import annotations

import pytest

from conftest import gate_findings


def gate(text: str, select: str, fmt: str = "txt") -> list[tuple[str, str]]:
    return [(f.code, f.text) for f in gate_findings(text, select, fmt=fmt)]


def codes(text: str, select: str, fmt: str = "txt") -> list[str]:
    """Gate codes; "txt" reads the first line as a headline, "snippet" as body copy."""
    return [c for c, _ in gate(text, select, fmt)]


# --- a lede's criticism whose critic the next sentence names, making the same point ------------

@pytest.mark.parametrize("text", [
    # a headline, then the body's first paragraph names the critic
    "The harbour board has been criticised over the rising repair bills of its ferry fleet.\n\n"
    "A report by the Marine Accounts Office on the ferry fleet says repair bills have doubled since 2019. "
    "Board members will meet on Friday.",
    # the same paragraph
    "The city council has come under fire for the long delays to its tram line. "
    "The Transport Users Forum said delays to the tram line had cost traders £4m. "
    "The council will answer on Monday.",
    "The festival has been heavily criticised over its ticket prices and its queues. "
    "Consumer group Fair Ticket said ticket prices had risen faster than at any other festival.",
])
def test_criticism_whose_critic_is_named_next(text: str) -> None:
    assert codes(text, "ATTR002") == []


@pytest.mark.parametrize("text", [
    # the next sentence names a speaker on another point: no critic is named
    "The harbour board has been criticised over the rising repair bills of its ferry fleet.\n\n"
    "Chairman Tom Reed said the new pier would open in May.",
    # the target answers the criticism: it is not the critic
    "Harbour Ferries has been criticised over the rising repair bills of its fleet.\n\n"
    "Harbour Ferries said repair bills of the fleet were in line with its budget.",
    # a named source who answers ("But ...") is the other side
    "The festival has been heavily criticised over its ticket prices and its queues. "
    "But the organiser, Ann Hale, said ticket prices were the lowest in the region.",
    # a named source denying it is no critic either
    "The festival has been heavily criticised over its ticket prices and its queues. "
    "Ann Hale of Fair Ticket said ticket prices had not risen and the queues were short.",
    # a critic two sentences on is not the lede's convention
    "The festival has been heavily criticised over its ticket prices and its queues. "
    "It opens on Friday. Fair Ticket said ticket prices had risen faster than at any other festival.",
])
def test_criticism_without_its_critic_named_next_remains(text: str) -> None:
    assert codes(text, "ATTR002") == ["ATTR002"]


# --- a field's experts, one of whom the next sentence names by profession ----------------------

@pytest.mark.parametrize("text", [
    "Property experts said the buyer of the tower would inherit its debts. "
    "\"Whoever buys the tower takes on its debts to the bank,\" said Leeds solicitor Ann Hale, who is not involved.",
    "Medical experts say the new clinic will shorten waiting lists. "
    "\"The clinic should shorten waiting lists by months,\" said Tom Reed, a surgeon in Hull.",
])
def test_experts_named_next_by_their_profession(text: str) -> None:
    assert codes(text, "ATTR001") == []


@pytest.mark.parametrize("text", [
    # a lawyer on another point is not one of the experts naming theirs
    "Property experts said the buyer of the tower would inherit its debts. "
    "\"The sale will close in June,\" said Leeds solicitor Ann Hale.",
    "Medical experts say the new clinic will shorten waiting lists. "
    "Tom Reed, a surgeon in Hull, said he would retire next spring.",
])
def test_experts_without_a_member_named_remain(text: str) -> None:
    assert codes(text, "ATTR001") == ["ATTR001"]


# --- a quoted word of an award's citation ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The bakery won the county's food prize for its \"daring\" recipes.",
    "The charity was given two awards for its \"tireless\" work with refugees.",
    "She took the medal for long service and for her \"selfless\" care of patients.",
])
def test_award_citations_are_the_awarding_bodys_words(text: str) -> None:
    assert codes(text, "QUOTE001", "snippet") == []


@pytest.mark.parametrize("text", [
    # no award: the quoted word pinned on the company is the writer's doubt
    "The bakery has lost customers for its \"daring\" recipes.",
    # an award elsewhere in the sentence does not make any quoted word a citation
    "The mayor's \"reforms\" won him no prize from the voters.",
])
def test_scare_quotes_without_a_citation_remain(text: str) -> None:
    assert codes(text, "QUOTE001", "snippet") == ["QUOTE001"]


# --- an allegation whose accuser is a work's author, or was given before ---------------------

@pytest.mark.parametrize("text", [
    "The minister spoke in Leeds on Friday.\n\n"
    "In Ann Hale's memoir the minister is alleged to have shouted at his staff.",
    "The minister spoke in Leeds on Friday.\n\n"
    "In her new book the minister is alleged to have misled the cabinet.",
    "The council agreed to pay £2m to settle the case.\n\n"
    "The lawsuit alleged the council committed breaches of planning rules on 40 sites between 2015 and 2018.\n\n"
    "The alleged breaches included three car parks and a depot.",
])
def test_allegation_whose_accuser_is_given(text: str) -> None:
    assert codes(text, "ATTR006") == []


@pytest.mark.parametrize("text", [
    # a book with no author named is no accuser
    "The minister spoke in Leeds on Friday.\n\n"
    "In the book the minister is alleged to have misled the cabinet.",
    # an earlier allegation of something else does not source this one
    "The council agreed to pay £2m to settle the case.\n\n"
    "The lawsuit alleged the council broke planning rules on 40 sites.\n\n"
    "The alleged bribes to officials were not part of the case.",
])
def test_allegation_without_its_accuser_remains(text: str) -> None:
    assert codes(text, "ATTR006") == ["ATTR006"]


# --- "claim" as the named rival's statement the subject rebuts; an admission never made -------

@pytest.mark.parametrize("text", [
    "The mayor hit back at Mr Reed's claim that the port would close.",
    "The union rejected Ann Hale's claim that the strike had failed.",
    "The sprinter was suspended with no failed test and no admission of doping.",
    "The firm settled the case with no admission of liability.",
])
def test_rebutted_claims_and_admissions_never_made(text: str) -> None:
    assert codes(text, "ATTR003", "snippet") == []


@pytest.mark.parametrize("text", [
    "Mr Reed's claim that the port would close was repeated on Monday.",
    "The council's claim that the port would close alarmed traders.",
    "Her admission of the error came two days after the audit.",
    "Without his admission of the error, the audit would have failed.",
])
def test_claims_and_admissions_in_the_writers_voice_remain(text: str) -> None:
    assert codes(text, "ATTR003", "snippet") == ["ATTR003"]


# --- a signed column closed by a line saying who the writer is --------------------------------

_COLUMN = (
    "The council's computers were down for a week, and columnist Jane Smith wants answers.\n\n"
    "Last month I wrote about my own broadband failing for three days. Now it turns out that thousands of "
    "council staff lost a whole week, with no e-mail and no way into the systems they use to "
    "pay housing benefit.\n\n"
    "The supplier has said little. A network this size will without a doubt fail now and then, but "
    "readers are owed an account of the fault and of the repair.\n\n"
    "I asked the council for its report. It has not replied.\n\n")


def test_column_signed_by_a_closing_line() -> None:
    text = _COLUMN + "Jane Smith is a regular commentator on the radio programme Tech Talk."
    assert codes(text, "LOAD002") == []


@pytest.mark.parametrize("text", [
    _COLUMN,  # no closing line: the first person alone does not make a column
    # a closing line about a commentator in third-person news is not a signature
    "The council's computers failed for a week.\n\n"
    "Thousands of council staff went without e-mail. The network will without a doubt fail again, "
    "the union said it feared.\n\n"
    "The supplier, Netwise, has said little about the cause.\n\n"
    "Tom Reed is a regular commentator on the radio programme Tech Talk.",
])
def test_news_without_a_signed_closing_line_keeps_its_findings(text: str) -> None:
    assert codes(text, "LOAD002") == ["LOAD002"]


# --- unsigned readers' comments after a story with one generic "you" --------------------------

def _story(generic_you: int) -> str:
    plain = [
        "The theatre's director spoke to us about the months ahead at its offices on Monday.",
        "She has to open a new building by 2008 amid reports that its costs have risen to £90m.",
        "The theatre has not had a sell-out season since 1990, and three richer venues compete for its audience.",
        "The board wants new investment and has hired advisers to find it, so far without success.",
        "Its lead actor is central to the director's plans, and the board says it will match any offer.",
        # a reporter's paragraph longer than any reader's comment closes the story
        "The director's other task is the building itself. The old theatre has stood on the square "
        "since 1911, and its roof, its wiring and its seats all need replacing. The board looked at "
        "moving to a site by the river in 2003, but the talks broke down over who would pay for the "
        "road that the new site would need. Since then the city has offered the land beside the "
        "station, and the director says a decision will be made by the spring. She will not say what "
        "the new theatre would cost, but the advisers' report puts it at £90m, twice the sum the board "
        "first had in mind. The lottery fund has said it would consider a bid, and two local firms "
        "have said they would help. The director wants the new building open for the 2008 season, "
        "with the old one kept for rehearsals and the youth company.",
    ]
    voiced = "Add the lead actor's future and you can see she has a lot on her plate."
    paras = [voiced] * generic_you + plain
    comments = [
        "I would let him go and spend the money on new writing.",
        "If he wants to go, we would be foolish to keep him. Who would you cast instead?",
        "I would keep him at any price. He is the reason I buy a ticket.",
        "My view is the board has handled this well. Let him decide.",
    ]
    return "The theatre's future after our interview with its director.\n\n" + "\n\n".join(paras + comments)


def test_unsigned_comments_after_a_story_with_one_generic_you() -> None:
    assert codes(_story(1), "LOAD001") == []


def test_a_story_in_that_voice_throughout_keeps_its_findings() -> None:
    assert codes(_story(2), "LOAD001") == ["LOAD001"]


# --- scare quotes in a column or a reader's letter are the writer's own irony ------------------

_OPINION = ("Comment: the council has lost its way\n\n"
            "I think the council's \"reforms\" will cost us dearly. In my view the libraries matter more "
            "than the new offices, and we should say so.\n\nI believe the mayor knows it too.")
_NEWS = ("The council has set its budget\n\n"
         "The council's \"reforms\" will close two libraries, the budget shows. The new offices will open "
         "in May.\n\nThe mayor will speak on Friday.")


def test_scare_quotes_in_a_column_are_not_gated() -> None:
    assert codes(_OPINION, "QUOTE001") == []


def test_scare_quotes_in_news_remain() -> None:
    assert codes(_NEWS, "QUOTE001") == ["QUOTE001"]


# --- press reports, one of which the next sentence names -------------------------------------

_PROTESTS = ("Fuel price protests spread across the north\n\n"
             "Protesters blocked roads in three towns, newspapers including Novy Vestnik reported. The price "
             "of fuel has risen by a fifth.\n\n"
             "Police said order had been restored by Friday. According to local press reports, the protests "
             "went on into Sunday. ")


def test_press_reports_named_next_by_a_publication() -> None:
    assert codes(_PROTESTS + "Novy Vestnik said roads were blocked near the border.", "ATTR001") == []


@pytest.mark.parametrize("text", [
    # the next named source is no publication
    _PROTESTS + "Interior minister Tom Reed said roads were blocked near the border.",
    # a publication answering the reports is the other side
    _PROTESTS + "But Novy Vestnik said the roads were open.",
    # a name the story never gave as a publication's
    "The club is close to selling its ground\n\nThe club's chairman spoke on Monday.\n\n"
    "According to press reports, a buyer has been found. Novy Vestnik said a sale would be agreed this week.",
])
def test_press_reports_without_a_publication_named_next_remain(text: str) -> None:
    assert codes(text, "ATTR001") == ["ATTR001"]


# --- the story's own documents, introduced by how they came out, cited again bare -------------

_PAPERS = ("A minister's doubts in 1975\n\n"
           "Documents made public three decades on reveal the talks that failed that spring. The minister met "
           "union leaders three times.\n\n")


def test_documents_introduced_then_cited_bare() -> None:
    assert codes(_PAPERS + "Documents show that he thought of resigning in May.", "ATTR001") == []


@pytest.mark.parametrize("text", [
    # a first bare "Documents show" is vague
    "A minister's doubts in 1975\n\nThe minister met union leaders three times.\n\n"
    "Documents show that he thought of resigning in May.",
    # other documents than those introduced
    _PAPERS + "Reports show that he thought of resigning in May.",
])
def test_documents_never_introduced_remain_vague(text: str) -> None:
    assert codes(text, "ATTR001") == ["ATTR001"]


# --- words in what a complaint whose makers are given is of ------------------------------------

@pytest.mark.parametrize("text", [
    "The inquiry heard complaints from nurses of humiliating reviews and patronising managers.",
    "Accusations by the union about patronising managers were upheld.",
])
def test_words_of_a_complaint_with_its_makers(text: str) -> None:
    assert codes(text, "LOAD001", "snippet") == []


@pytest.mark.parametrize("text", [
    # no makers: the description is the writer's
    "The inquiry heard complaints of humiliating reviews and patronising managers.",
    # the word outside the complaint's phrase
    "The managers gave humiliating reviews, despite complaints from nurses.",
    "The union made accusations by the dozen; the humiliating reviews went on.",
])
def test_words_outside_a_complaint_with_makers_remain(text: str) -> None:
    assert "LOAD001" in codes(text, "LOAD001", "snippet")


def test_allegation_raised_by_a_named_questioner() -> None:
    text = ("The striker's attitude was questioned by coach Ann Hale, who sent him home after he allegedly "
            "arrived drunk for training.")
    assert codes(text, "ATTR006", "snippet") == []


def test_allegation_acted_on_without_a_questioner_remains() -> None:
    text = "Coach Ann Hale sent the striker home after he allegedly arrived drunk for training."
    assert codes(text, "ATTR006", "snippet") == ["ATTR006"]
