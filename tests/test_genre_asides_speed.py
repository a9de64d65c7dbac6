"""The asides count that stops early (``asides.qualifying``) gives the same verdict and the
same tally as the full count (``asides.count``) whenever the piece qualifies, and nothing
when it does not: the genre stage's shortcut never changes a genre."""

from __future__ import annotations

from linter import readers
from linter.analyse.annotate import annotate
from linter.analyse.asides import count, qualifies, qualifying
from linter.analyse.genre import _table as genre_table
from linter.model.source import Source
from test_genre_selfnamed import PLAIN
from test_genre_stance import ANALYSIS

#: A column that talks to the reader from its first paragraph: questions, "we", openers.
VOICED = ("Why the buses matter\n\n"
          "Of course, nobody asked us. We were told the timetable was fixed. Who decided that?\n\n"
          "Well, I went to the meeting anyway. Surely the council can do better than this?\n\n"
          + PLAIN + "\n\nEither way, we will find out in the spring.\n")
#: The same voice only in the last paragraphs: no aside before the midpoint.
LATE = ("Bus timetable changes\n\n" + PLAIN + "\n\n" + PLAIN + "\n\n" + PLAIN + "\n\n"
        "Of course, nobody asked us. Who decided that? Well, I went to the meeting anyway.\n")
#: One question in a plain story: too few asides for the count or the share.
SPARSE = "Bus timetable changes\n\n" + PLAIN + "\n\nWhat happens to the night bus? " + PLAIN + "\n"


def _spec():
    return next(g.asides for g in genre_table().genres if g.asides is not None)


def _both(text: str):
    doc = annotate(readers.parse(Source("t.txt", text), "txt")[0])
    spec = _spec()
    speech = doc.speech_mask()
    return spec, count(doc, spec, speech), qualifying(doc, spec, speech)


def test_a_qualifying_piece_gets_the_full_tally() -> None:
    for text in (VOICED, ANALYSIS):
        spec, full, quick = _both(text)
        assert qualifies(spec, full)
        assert quick == full


def test_a_piece_that_cannot_qualify_gets_nothing() -> None:
    for text in (LATE, SPARSE, PLAIN):
        spec, full, quick = _both(text)
        assert not qualifies(spec, full)
        assert quick is None


def test_late_asides_are_counted_in_full_but_do_not_qualify() -> None:
    # the full count still sees them (its figures are the evidence's); only the verdict stops early
    spec, full, _ = _both(LATE)
    assert full.asides >= 2 and full.first >= full.sentences / 2
