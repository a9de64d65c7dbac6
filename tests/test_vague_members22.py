"""ATTR001 (vague source) stays silent when the story names one of the vague group's
members at once (issue 12): in the group's own sentence with a marker of membership set
off by a dash or a colon, as the next sentence's speaker who is "one of them" making the
group's point, whose title of office places them in the group, or whose description
after the name (across a sentence the splitter cut at an abbreviation) uses the group's
words. A named speaker outside the group, or one who denies the point, leaves the
finding. All texts are written for these tests."""

from __future__ import annotations

import pytest

import linter


def vague(text: str) -> list[str]:
    return [f.text for f in linter.lint_text(text, format="txt", select=["ATTR001"]).findings]


@pytest.mark.parametrize("text", [
    # the same sentence, set off by a dash or a colon
    "Some experts say the levy is unfair to renters: among them Professor Ann Hale of Leeds, who called it regressive.",
    "Critics say the levy is unfair to renters -- notably the economist Ann Hale, who called it regressive.",
    # the next sentence: "one of them", making the group's point
    "Critics say the harbour plan is costly. One of them, Paul Grant, said the harbour plan would cost far more.",
    # the next sentence: a title of office that places the speaker in the group
    "Some senators argue that the farm bill is far too costly. “We simply cannot afford this,” Sen. Ann Hale said.",
    "Several governors complain that the grant formula punishes rural states. “It is a raw deal,” said Gov. Tom Reed.",
    "Some state lawmakers say the school levy is unfair. “It punishes renters,” said state Sen. Ann Hale.",
    "Some senators argue that the farm bill is far too costly. Former Sen. Tom Reed said the costs would keep rising.",
    # the next sentence: the name, then a description in the group's words
    "Critics have attacked the bridge plan. ''It is a waste of money,'' Tom Reed, a longtime critic of the council, "
    "wrote in a letter.",
    # ... across a sentence cut after an abbreviation in the description
    "Union officials and political operatives warn that early polls mean little for November.\n\n"
    "''Each election brings talk of members drifting away,'' Tom Reed, a onetime political aide at "
    "the U.A.W. and longtime shop steward, said in a text message.",
])
def test_a_member_named_at_once_identifies_the_group(text: str) -> None:
    assert vague(text) == []


@pytest.mark.parametrize("text, source", [
    # a named speaker who is not one of the group
    ("Critics say the stadium plan is costly. The mayor said he disagrees with that view.", "Critics say"),
    ("Some senators argue that the farm bill is far too costly. “We simply cannot afford this,” the mayor, "
     "Ann Hale, said.", "Some senators argue"),
    ("Several governors say the grant formula punishes rural states. Sen. Tom Reed said the formula was fair.",
     "Several governors say"),
    # one of them, but denying the point or speaking of something else
    ("Some senators argue that the farm bill is far too costly. “I do not agree at all,” Sen. Ann Hale said.",
     "Some senators argue"),
    ("Critics say the harbour plan is costly. One of them, Paul Grant, said the new road was fine.", "Critics say"),
    # an answer to the group is another side
    ("Some senators argue that the farm bill is far too costly. But Sen. Ann Hale said it was worth every cent.",
     "Some senators argue"),
    # "including" inside the claim, not set off, names no member
    ("Critics say the bill, including the amendment by Sen. Ann Hale, is far too costly.", "Critics say"),
    # a name before a description outside the group
    ("Critics have attacked the bridge plan. ''It is a waste of money,'' Tom Reed, a retired teacher, wrote.",
     "Critics have attacked"),
])
def test_no_member_named_keeps_the_finding(text: str, source: str) -> None:
    assert vague(text) == [source]


@pytest.mark.parametrize("text", [
    "The levy will not pass this year, said Mayor Ann Hale and others.",
    "The levy will not pass this year, said former Gov. Tom Reed and other officials.",
    "Ann Hale and others said the levy would not pass this year.",
])
def test_a_named_person_leading_the_source_is_named(text: str) -> None:
    # the claim is the named person's; "and others" only adds to it
    assert vague(text) == []


@pytest.mark.parametrize("text, source", [
    ("The levy will not pass this year, others said.", "others said"),
    ("The levy will not pass this year, said Democrats and others.", "said Democrats and others"),
    ("Democrats and others said the levy would not pass this year.", "Democrats and others said"),
])
def test_others_without_a_named_person_stay_vague(text: str, source: str) -> None:
    assert vague(text) == [source]
