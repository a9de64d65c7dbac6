"""Classes of LOAD001-003 and QUOTE001 false alarm a strict standards editor marked in samples of gate
findings on professional copy (issue 12, stop 24): idioms and terms with no evaluative
force. "Untold" for what nobody has counted ("untold numbers of", "untold sums"), the idiom
"barring a cataclysm", "bully pulpit", the finance term "toxic securities", and "war-ravaged"
for a place a war laid waste; a quotation of what a speaker "spoke of", and a possessive
inside an earlier quotation (no one is pinned). Every text here is our own; each class has texts that must
not be flagged and ones that still must."""

from __future__ import annotations

from conftest import gate_findings


def gate(body: str, select: str) -> list[tuple[str, str]]:
    """Gate findings (warnings and errors) of one rule on a story with a plain headline."""
    return [(f.code, f.text) for f in gate_findings("Council news\n\n" + body, select)]


def test_untold_for_an_uncounted_quantity_is_not_puffery() -> None:
    for body in ("Untold numbers of migrants have crossed the border since May.",
                 "The scheme cost taxpayers untold sums over a decade, the auditor found.",
                 "Untold hours of archive footage were lost in the fire.",
                 "The flood destroyed untold thousands of books in the library's basement."):
        assert not gate(body, "LOAD002"), body
    for body in ("The war caused untold suffering in the valley.",
                 "The closure will do untold damage to the town's reputation."):
        assert gate(body, "LOAD002"), body


def test_barring_a_cataclysm_is_an_idiom_not_a_claim() -> None:
    for body in ("Barring a cataclysm, the senator will be the party's nominee in July.",
                 "Barring some unforeseen cataclysm, the bill will pass on Thursday."):
        assert not gate(body, "LOAD002"), body
    assert gate("The cuts were a cataclysm for the town's libraries.", "LOAD002")


def test_a_bully_pulpit_calls_no_one_a_bully() -> None:
    assert not gate("As mayor she enjoys a bully pulpit on every local radio show.", "LOAD003")
    assert gate("The mayor is a bully who shouts down anyone on the council who disagrees.", "LOAD003")


def test_toxic_securities_are_a_finance_term() -> None:
    for body in ("The bank was left holding toxic mortgage-backed securities worth $2bn.",
                 "The fund still holds toxic bundles of car loans from its 2007 buying spree.",
                 "The fund wrote off its toxic subprime loans last year."):
        assert not gate(body, "LOAD001"), body
    assert gate("The mayor's toxic rhetoric has poisoned the debate over the bypass.", "LOAD001")


def test_war_ravaged_for_a_place_is_what_the_war_did() -> None:
    for body in ("Aid workers returned to the war-ravaged town of Dren in March.",
                 "He served as governor of the war-ravaged province for two years."):
        assert not gate(body, "LOAD001"), body


# --- QUOTE001: a speaker's words in a characterisation, a possessive inside another quotation --

def test_words_a_speaker_is_reported_speaking_of_are_theirs() -> None:
    for body in ('Officials in Brussels spoke darkly of a threat to the union\'s "shared values".',
                 'The minister talked at length of the party\'s "core identity" before the vote.'):
        assert not gate(body, "QUOTE001"), body
    assert gate('The talks on the council\'s "reforms" have stalled again.', "QUOTE001")


def test_a_possessive_inside_an_earlier_quotation_pins_nothing() -> None:
    body = ('Her brother introduced her as a patient, careful manager who would be "the valley\'s '
            'voice" and "a grafter" for the mill towns.')
    assert not gate(body, "QUOTE001")
    assert gate('The council\'s "reforms" have closed three libraries this year.', "QUOTE001")
