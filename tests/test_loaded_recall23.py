"""Loaded-language recall by class, stop 23 (issue 12): open classes the lexicon grammar
reaches (intensified verdicts, anger beyond measure, folly in the predicate, contemptuous
verbs of speech, outbursts that introduce a quotation, belittling comparisons, character
verdicts on people, malicious manner, hyperbolic quantifiers, degrading nouns for groups),
each with positive and negative sentences written for this test."""

from __future__ import annotations

import pytest

from conftest import gate_findings


def gate(text: str) -> list[str]:
    """The LOAD and OPIN002 warnings and errors on a text, as the flagged words (lower case)."""
    return [f.text.lower() for f in gate_findings(text, "LOAD", "OPIN002", fmt="snippet")]


FLAGGED = [
    # an intensifying adjective on a noun of wrongdoing or failure
    ("The ruling was a gross injustice to the families.", "gross"),
    ("The launch of the new ticket system was an abject failure.", "abject"),
    ("The council's rank hypocrisy on parking angered traders.", "rank"),
    # anger beyond measure ascribed to people
    ("The apoplectic chairman stormed out of the meeting.", "apoplectic"),
    ("Ministers were livid about the leak.", "livid"),
    # anger reported plainly is info; a degree word turns it up
    ("Parents were absolutely furious about the closure.", "furious"),
    ("The minister was deeply outraged by the question.", "outraged"),
    ("The leak was immensely embarrassing for the minister.", "embarrassing"),
    # folly pronounced in the predicate
    ("This is just silly.", "silly"),
    ("The plan to close the depot was foolish from the start.", "foolish"),
    ("The council's reply to the tenants was childish.", "childish"),
    # contemptuous verbs of speech
    ("Aides were gabbing about the deal while the vote went on.", "gabbing"),
    ("The minister was yakking on air about tax cuts.", "yakking"),
    ("MPs keep bleating that the rules are unfair.", "bleating"),
    ("The senator babbled on about the deal for an hour.", "babbled on"),
    # an outburst as the verb that introduces someone's words
    ("The minister exploded: \"This is a disgrace.\"", "exploded"),
    # belittling comparisons
    ("The ministers act like spoilt children when they lose a vote.", "act like spoilt children"),
    ("Councillors behaved like toddlers over the budget.", "behaved like toddlers"),
    ("Officials scattered like rats when the auditors arrived.", "like rats"),
    # character verdicts on people
    ("The cunning minister hid the report from the committee.", "cunning"),
    ("The insensitive minister mocked the families.", "insensitive"),
    ("The power-hungry mayor took over the planning board.", "power-hungry"),
    # a malicious or deceitful manner
    ("The council gratuitously insulted the families.", "gratuitously"),
    ("The minister disingenuously claimed the cuts were fair.", "disingenuously"),
    # a judgement of how someone acted, when the act is someone's
    ("The firm cynically assumed that voters would not notice.", "cynically"),
    ("The council blatantly ignored the ruling.", "blatantly"),
    # a sarcastic aside (OPIN002)
    ("The contract went to the mayor's brother. How convenient.", "how convenient"),
    ("Surprise, surprise, the contract went to a donor.", "surprise, surprise"),
    # someone's initiative belittled as a personal indulgence
    ("The mayor's pet project is two years late and over budget.", "pet project"),
    ("The stadium was a vanity project for the club's chairman.", "vanity project"),
    # hyperbolic quantifiers
    ("The tenants got zilch from the deal.", "zilch"),
    ("The club has spent a gazillion pounds on strikers.", "gazillion"),
    # emphatic capitals on a word of negation or quantity
    ("The man broke NO gun laws whatsoever.", "no"),
    ("The senator is NOT a candidate for the post.", "not"),
    ("The police found NOTHING at the house.", "nothing"),
    # verbs and idioms of the classes in every inflection
    ("The senator is seeking to torpedo the bill.", "torpedo"),
    ("The witch-hunting of the former director continues.", "witch-hunting"),
    ("The firms were gaming the system for years.", "gaming the system"),
    ("Critics have crawled out of the woodwork since the vote.", "crawled out of the woodwork"),
    ("The senator explodes at reporters whenever the deal comes up.", "explodes at"),
    ("The scale of the waste defied belief.", "defied belief"),
    ("The trial gripped the nation for a month.", "gripped the nation"),
]


QUIET = [
    # the legal and technical terms, and a condition, are no verdicts
    "He was sacked for gross misconduct after the audit.",
    "Gross domestic product rose by 0.3% in the quarter.",
    "The charity works with families living in abject poverty.",
    # a bruise is literal
    "He had a livid scar across his cheek.",
    # anger reported plainly stays info
    "Parents were furious about the closure.",
    # before a noun, folly is judged by what it describes; advice to the reader is a turn of phrase
    "It was a silly costume for the pantomime.",
    "You'd be foolish to ignore the forecast.",
    # a sheep's own noise, and the gift of the gab
    "The sheep were bleating in the field all night.",
    "He has the gift of the gab.",
    # a volcano erupts
    "The volcano erupted: ash covered the town.",
    # a cunning thing, not a person
    "The recipe calls for a cunning trick with the oven.",
    # a tone anyone can hear is description
    "The opposition leader mockingly welcomed the chancellor back.",
    # the same words describing, or asking the reader to picture something
    "The survey shows how convenient the new line is for commuters.",
    "Imagine that you are a tenant in the valley.",
    # a price is no one's act
    "The price was laughably low.",
    # a ship is torpedoed, a bomb explodes, and drones fly
    "The submarine fired a torpedo at the ship.",
    "A bomb exploded at the market.",
    "Drones on the border spotted the convoy.",
    # the same words in lower case, a headline or a sign in capitals, a referendum's option
    "The man broke no gun laws.",
    "POLICE SAY NO ONE WAS HURT IN THE FIRE.",
    "The sign read NO ENTRY in red letters.",
    "He works for the NO campaign in the north.",
    # the speaker's words
    "“The tram line is the mayor's pet project,” the opposition leader said.",
    "“The ministers act like spoilt children,” the union leader said.",
    "“It was a gross injustice,” the mother of the victim said.",
]


# --- a stray or mistyped quotation mark does not make the writer's words a quotation -------

EXPOSED = [
    # a closing mark whose opener was lost, at the end of a line: it opens nothing
    ("The marchers shouted their slogans. \"\nThe council's shameful cuts closed the library on Monday.", "shameful"),
    # “ closed by a single mark: the quotation ends there, the rest is the writer's again
    ("Talk of plans to “decapitate’ the council's leadership is a shameful stunt by the mayor.", "shameful"),
]

STILL_QUOTED = [
    # AP style: a paragraph left open continues in the next one
    "“The cuts are shameful.\n\n“We will win,” the union leader said.",
    # an ellipsis may open a quotation
    "He said: “...and the shameful cuts will go on,” before he left.",
    # an apostrophe inside a word closes nothing
    "The mayor called it “North Korea’s shameful playbook,” at the meeting.",
]


@pytest.mark.parametrize("text,word", FLAGGED + EXPOSED)
def test_the_writers_words_are_flagged(text, word):
    """A member of a class, and the writer's words after a stray or mistyped mark."""
    assert word in gate(text)


@pytest.mark.parametrize("text", QUIET + STILL_QUOTED)
def test_literal_uses_and_speakers_words_stay_quiet(text):
    assert gate(text) == []
