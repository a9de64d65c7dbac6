"""A viewpoint adverbial hands the clause after it to whoever holds the view ("As far as the
unions are concerned, the offer is a betrayal", "In the eyes of many residents, the scheme is
a scandal"): a loaded word there is their view, paraphrased, and drops to info as in a vague
source's speech. The writer's own view ("as far as I am concerned"), a topic ("as far as the
budget is concerned"), a distance ("as far as Kelmouth") and a word before the frame stay
the writer's. Every text here is our own."""

from __future__ import annotations

import pytest

from conftest import gate_findings


def gate(body: str) -> list[tuple[str, str]]:
    return [(f.code, f.text) for f in gate_findings("Council news\n\n" + body, "LOAD")]


@pytest.mark.parametrize("body", [
    "As far as the unions are concerned, the pay offer is a disgraceful betrayal of nurses.",
    "In the eyes of many residents, the council's parking scheme is a disgraceful scandal.",
    "As far as Labour is concerned, the ferry contract was a shameful giveaway.",
    "The talks have stalled. As far as most shop owners were concerned, the levy was a shameful cash grab.",
])
def test_a_view_handed_to_others_is_not_the_writers_word(body: str) -> None:
    assert gate(body) == []


@pytest.mark.parametrize("body, word", [
    ("As far as I am concerned, the pay offer is a disgraceful betrayal of nurses.", "disgraceful"),
    ("As far as the budget is concerned, the pay offer is a disgraceful betrayal of nurses.", "disgraceful"),
    ("The disgraceful pay offer, as far as the unions are concerned, is final.", "disgraceful"),
    ("The road runs as far as Kelmouth, where the disgraceful toll booth stands.", "disgraceful"),
    ("As far as the unions are concerned, the offer is final; the disgraceful delay is the council's.", "disgraceful"),
])
def test_the_writers_own_view_a_topic_or_a_word_before_the_frame_stays(body: str, word: str) -> None:
    assert ("LOAD001", word) in gate(body)
