"""The attribution stage's shortcuts give the answers of the slower questions they replace
(issue 14: speed, with findings unchanged). Each shortcut is compared with the plain
question over every token of sentences written for these tests."""

from __future__ import annotations

import pytest

from linter.analyse.annotate import annotate
from linter.analyse.attribution import clause
from linter.analyse.attribution.clause import Sent, abbreviation_dot
from linter.analyse.attribution.patterns import inverted, survey
from linter.analyse.attribution.words import CONNECTIVES
from linter.analyse.vocab import vocab
from linter.model.source import Source
from linter.readers import parse

TEXTS = [
    "Having said that, the mayor said on Monday that the depot would close, and added that staff would move.",
    "“We will rebuild,” said Rep. Ana Ruiz (D-Ore.), who told reporters the U.S. plan was late. That said, she warned of delays.",
    "In a Gallup poll released Thursday, 54 percent of voters chose Hale, the survey found.",
    "Those questioned said they had been told little. Sen. J. R. Hale, the panel's chair, claimed victory.",
    "The firm reported a loss. Officials at the ministry, speaking anonymously, insisted the figures were wrong.",
]


def _sentences():
    for text in TEXTS:
        doc = annotate(parse(Source("t.txt", text), "snippet")[0])
        for si in range(len(doc.sentences)):
            yield Sent(doc, si)


@pytest.mark.parametrize("st", list(_sentences()), ids=lambda st: f"s{st.index}")
def test_connective_lookup_asks_what_every_connective_would(st: Sent) -> None:
    def every(a: int) -> bool:
        return any(w == st.norm[a] and lo >= st.first and lo + len(words) < st.last
                   and tuple(st.norm[lo:lo + len(words)]) == words and st.norm[lo + len(words)] == ","
                   for words in CONNECTIVES for i, w in enumerate(words) for lo in [a - i])
    for a in range(st.first, st.last):
        assert clause._connective(st, a) == every(a), st.norm[a]


@pytest.mark.parametrize("st", list(_sentences()), ids=lambda st: f"s{st.index}")
def test_source_size_counts_what_a_walk_over_every_token_counts(st: Sent) -> None:
    for start in range(st.first, st.last):
        for end in range(start, st.last + 1):
            stop = end
            if end - 1 > start and st.norm[end - 1] == ")":
                stop = next((k for k in range(end - 2, max(start, end - 8) - 1, -1) if st.norm[k] == "("), end)
            walked = sum(1 for k in range(start, stop) if not abbreviation_dot(st, k))
            assert inverted._size(st, start, end) == walked


def test_only_a_sentence_with_a_poll_word_is_walked_for_a_poll() -> None:
    gated = [st for st in _sentences() if not survey.possible(st.norm, st.first, st.last)]
    assert gated and len(gated) < len(list(_sentences()))  # "In a Gallup poll ..." is walked
    for st in gated:
        assert survey.find(st, vocab(), None, []) == []  # answered before the people are asked
