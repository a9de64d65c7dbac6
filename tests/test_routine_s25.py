"""Classes of false alarm a strict standards editor marked in whole populations of gate
findings on professional copy (issue 12, stop 25): accurate routine wording and words
credited to someone by a construction the rules did not read as crediting. A neutral noun
("refusal to", "failure to") in the headline or lede, the later items of a list of quoted
terms that one verb of speaking introduces, a person's own account ("she painted a
different picture") and a verdict given as someone's view ("To Vale, ..."). Every text here
is our own; each class has texts that must not be flagged and ones that still must."""

from __future__ import annotations

from conftest import gate_findings


def gate(body: str, select: str) -> list[tuple[str, str]]:
    """Gate findings (warnings and errors) of one rule on a story with a plain headline; the
    body's first paragraph is the lede."""
    return [(f.code, f.text) for f in gate_findings("Council news\n\n" + body, select)]


def later(body: str, select: str) -> list[tuple[str, str]]:
    """The same with the body after a first paragraph, outside the lede."""
    return gate("The council met on Monday.\n\n" + body, select)


# --- PRESUP002: a neutral noun of stance is not promoted by its position ------------------

def test_a_neutral_refusal_in_the_lede_stays_information() -> None:
    for body in ("The family of a prisoner who died in a cell have won a court case over the "
                 "ministry's refusal to hold an independent review.",
                 "Parents confront the mayor over his refusal to attend the school hearing.",
                 "The club's failure to register the stadium lease left the league unsure."):
        assert not gate(body, "PRESUP002"), body
    # a refusal or failure whose complement is a motive or a wrongdoing stays a presupposition
    for body in ("The governor's insistence on concealing the files delayed the inquiry.",
                 "The minister's failure to cover up the report surprised no one.",
                 "The mayor's attempt to bury the audit angered the council."):
        assert gate(body, "PRESUP002") and later(body, "PRESUP002"), body


# --- QUOTE001: a list of quoted terms that one verb of speaking introduces ----------------

def test_every_item_of_a_list_of_quoted_terms_is_the_speakers() -> None:
    for body in ('Ministers have been talking darkly of a "tide of crime", a "lost" generation and '
                 'a threat to the city\'s "shared values".',
                 'The mayor spoke of the "new deal", the "fresh start" and the town\'s "second chance".',
                 'Fans have called the stand a "disgrace", the "worst in the league" and a "relic".'):
        assert not later(body, "QUOTE001"), body
    # no verb of speaking before the list: every item is still a scare quote
    assert len(later('The mayor\'s "reforms", the council\'s "savings" and the board\'s '
                     '"efficiencies" cost 300 jobs.', "QUOTE001")) == 3
    # a comma that opens a new clause ("..., and the mayor's 'reforms' went ahead") is no list
    for body in ('The plan was dubbed a "rescue", and the mayor\'s "reforms" went ahead anyway.',
                 'The plan was dubbed a "rescue", while the mayor\'s "reforms" went ahead anyway.'):
        assert later(body, "QUOTE001"), body


# --- OPIN001: a person's own account, and a verdict given as someone's view ---------------

def test_a_person_painting_a_picture_is_giving_an_account() -> None:
    for body in ("But Mr. Hale painted a different picture. He said the depot had been full all year.",
                 "Dan Vale told a different story to the inquiry on Tuesday.",
                 "At the inquiry Vale told a different story.",
                 "She painted a bleak picture of the ward's staffing in her evidence.",
                 "The Harbour Board paints a bleak picture of the port's finances."):
        assert not later(body, "OPIN001"), body
    # the data's picture set against an account is the writer's verdict
    for body in ("But the council's own figures painted a different picture.",
                 "Census data tell a different story about the town's growth.",
                 "Figures paint a different picture.",
                 "The Harbour Board's own accounts paint a bleak picture of the port."):
        assert later(body, "OPIN001"), body


def test_a_verdict_given_as_someones_view_is_theirs() -> None:
    for body in ("To Vale, who has covered every rally since May, Tuesday marked a turning point.",
                 "To Ms. Okafor, the closure was a far cry from the promises of 2019.",
                 "To Dan Price, the vote marked a watershed for the valley."):
        assert not later(body, "OPIN001"), body
    for body in ("Tuesday marked a turning point for the campaign.",
                 "To be fair, the vote marked a turning point.",
                 "To many in the party, the vote marked a turning point."):
        assert later(body, "OPIN001"), body


# --- LOAD001: the name of a kind of insult, and mockery as other people's reaction ---------

def test_a_racial_slur_names_the_kind_of_insult() -> None:
    for body in ("Fans were screaming racial slurs at the visiting players.",
                 "A man was arrested after shouting a homophobic slur at a bus driver.",
                 "The student reported an antisemitic slur painted on her door."):
        assert not later(body, "LOAD001"), body
    for body in ("The senator's slurs against the judge continued all week.",
                 "The mayor's latest slur was aimed at the auditor."):
        assert later(body, "LOAD001"), body


def test_mockery_a_thing_stirs_is_other_peoples_reaction() -> None:
    for body in ("The photo of the mayor is generating confusion and mockery online.",
                 "The councillor's costume stirs mockery on the estate.",
                 "The new logo drew widespread mockery from residents."):
        assert not later(body, "LOAD001"), body
    for body in ("The trial was a mockery of justice.",
                 "The council made a mockery of its own rules."):
        assert later(body, "LOAD001"), body


# --- targets: a named day is a period; its capitals make no name ----------------------------

def test_a_named_day_is_a_stretch_of_time() -> None:
    for body in ("Thefts were reported during a chaotic New Year's Eve at the main station.",
                 "Staff described a chaotic Christmas Day on the children's ward."):
        assert not later(body, "LOAD001"), body
    # a capitalised name that no entry covers is still a name the word judges
    for body in ("The chaotic Hale administration ended on Friday.",
                 "The chaotic Labour Party conference ended on Friday."):
        assert later(body, "LOAD001"), body


# --- QUOTE002: a quotation a speaking verb's infinitive introduces --------------------------

def test_a_quotation_after_a_speaking_infinitive_has_its_speaker() -> None:
    for body in ("That record prompted the Harbour Almanac, which tracks ports, to state, “Dunmore is "
                 "the most reliable port in the country for winter crossings.”",
                 "The inspector went on to write, “Nobody at the depot had checked the brakes for a year.”",
                 "Asked about the closure, the chairman was quick to add: “We will reopen the pool by June.”"):
        assert not later(body, "QUOTE002"), body
    # an infinitive that is no speaking verb introduces no speaker
    for body in ("The ferry is due to arrive, “Dunmore is the most reliable port in the country for crossings.”",
                 "It is time to act. “Nobody at the depot had checked the brakes for a year.”"):
        assert later(body, "QUOTE002"), body


# --- LOAD001: verbs that name what a remark did are colour, information ---------------------

def test_disparaged_names_what_a_remark_did() -> None:
    for body in ("During the campaign he disparaged immigrants from the south of the country.",
                 "She has belittled her rivals at every rally since March.",
                 "The senator denigrated the judge in a radio interview on Friday."):
        assert not gate(body, "LOAD001") and not later(body, "LOAD001"), body
    # the verbs that dramatise the speaker's temper stay warnings
    for body in ("The senator savaged the judge in a radio interview on Friday.",
                 "She tore into her rivals at every rally since March."):
        assert later(body, "LOAD001"), body


# --- ATTR007: a source placed in a trade, a production or a team is described ---------------

def test_a_source_placed_in_its_trade_or_production_is_described() -> None:
    for body in ("The campaign has reserved airtime in four states, according to media buying sources.",
                 "The host mocked junior staff on set, according to show insiders.",
                 "Team sources say the striker will leave in January."):
        assert not later(body, "ATTR007"), body
    for body in ("The host mocked junior staff on set, according to numerous sources.",
                 "A source said the striker will leave in January."):
        assert later(body, "ATTR007"), body


def test_a_far_cry_between_two_figures_is_a_comparison() -> None:
    for body in ("The firm named 78 new partners this year, a far cry from the 111 it named in 2010.",
                 "Turnout was 31 per cent, a far cry from about 60% in the 1990s."):
        assert not later(body, "OPIN001"), body
    assert later("The closure is a far cry from the promises of 2019.", "OPIN001")


def test_a_hoax_established_as_one_is_what_it_was() -> None:
    for body in ("Shares fell sharply until the report turned out to be a hoax.",
                 "Shares recovered when the memo was revealed to be a hoax.",
                 "Police are looking for a man who made a hoax call to the station on Friday.",
                 "The school was evacuated after a bomb hoax on Tuesday."):
        assert not later(body, "LOAD001"), body
    assert later("The mayor's recycling scheme is a hoax.", "LOAD001")


# --- LOAD: the label a naming verb's subject pins on its object is the subject's ------------

def test_a_label_a_subject_brands_someone_with_is_theirs() -> None:
    for body in ("If you doubt the council, the Courier will brand you a liar.",
                 "Rivals labelled the mayor a coward after the vote.",
                 "The tabloids dubbed the striker a traitor when he left."):
        assert not later(body, "LOAD003") and not later(body, "LOAD001"), body
    # an agentless passive and the writer's own predicate stay the writer's
    for body in ("The mayor was branded a liar.", "The mayor is a liar."):
        assert later(body, "LOAD003"), body


# --- LOAD001: a relative clause inside the object does not end what a verb pins with "as" ---

def test_a_characterisation_past_a_relative_clause_is_the_subjects() -> None:
    for body in ("Dozens of members of the union denounced the rota under which nurses worked twelve "
                 "nights in a row as an inhumane scheme.",
                 "Dozens of members of the party condemned the raids in which 40 tenants were taken into "
                 "custody over the bank holiday as a botched and inhumane attempt to clear the estate."):
        assert not later(body, "LOAD001"), body
    # a relative clause that is the writer's own statement, with no "as", stays the writer's
    for body in ("The councillors condemned the evictions, which were an inhumane effort to clear the site.",
                 "The evictions, in which 40 tenants were removed, were described as an inhumane effort."):
        assert later(body, "LOAD001"), body
