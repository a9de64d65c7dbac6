"""Where the writer's own words begin after reported content: a trailing contrast
clause or a comment on the statement (``clause.complement`` ends a cue's content there),
and where its matches start in a sentence, found without a search at every character.
"""

from __future__ import annotations

import re

from .. import recache

#: Where a writer's own addition begins after reported content: a contrast clause, or an
#: appositive that characterises the statement (", a narrative complicated by ...").
COMPLEMENT_STOP = recache.compile(
    r",\s*(?:despite|even as|even though|although|though|whereas|in spite of)\b"
    # the writer's next clause: after a semicolon, or a contrast with a subject of its own
    # or a dash (", but the video shows ...", ", while the council ...", " — the cost is ...";
    # not ", but he added ...")
    r"|;\s"
    r"|,\s*(?:but|while)\s+(?:the|a|an|this|these|those)\s"
    r"|\s(?:--|–|—|-)\s*(?:but|while)?\s*(?:the|a|an|this|these|those)\s(?!.*\s(?:--|–|—|-)\s)"
    # a closing comment on the whole clause (", which is, sadly, the case now"), not a
    # relative clause that a later comma closes before the clause goes on (", which is
    # closed, would reopen")
    r"|,\s*which\s+(?:is|was|has been|had been)\b(?!.*,\s*(?:am|are|can|could|did|does|had|has|have|is|may|might|"
    r"must|shall|should|was|were|will|would)\b)"
    r"|,\s*(?:a|an|the)\s+(?:\w+\s+)?(?:narrative|claim|move|assertion|view|position|stance|contention|"
    r"characteri[sz]ation|account|version|argument|statement|assessment|figure|estimate)\s+"
    r"(?:complicated|undermined|contradicted|belied|challenged|disputed|that|which|at odds)\b"
    # the writer's verdict on the statement after a comma or a dash (", a ludicrous theory
    # he has repeated", "-- a vicious lie that the paper exposed")
    # the writer's verdict on how it was said, as an adverb and a participle after a comma
    # (", laughably pretending that ...", ", falsely suggesting ...")
    r"|,\s*(?:laughably|absurdly|ridiculously|preposterously|falsely|wrongly|misleadingly|disingenuously|"
    r"conveniently|cynically|dishonestly|implausibly|bizarrely|shamelessly|brazenly|baselessly)\s+\w+ing\b"
    r"|(?:,|\s(?:--|–|—))\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:theory|lie|falsehood|myth|canard|fabrication|"
    r"smear|notion|allegation|accusation|charge|story|conspiracy)\s+(?:that|which|he|she|they|it|we|for|with|by|"
    r"complicated|undermined|contradicted|belied|challenged|disputed|at odds)\b", re.I)


def complement_stops(text: str, start: int, end: int) -> list[int]:
    """Where ``COMPLEMENT_STOP.finditer(text, start, end)`` matches start, found by trying
    the pattern only where a match can begin: at a comma or semicolon, or at white space
    before a dash (``str.find`` finds those; the pattern has no literal first character,
    so a search tries all its branches at every character of the sentence)."""
    starts = []
    for mark in (",", ";"):
        k = text.find(mark, start, end)
        while k >= 0:
            starts.append(k)
            k = text.find(mark, k + 1, end)
    for dash in ("-", "–", "—"):
        k = text.find(dash, start + 1, end)
        while k >= 0:
            if text[k - 1].isspace():  # what \s matches
                starts.append(k - 1)
            k = text.find(dash, k + 1, end)
    out: list[int] = []
    done = start
    for at in sorted(starts):
        if at >= done:  # as finditer, the next match from where the last one ended
            m = COMPLEMENT_STOP.match(text, at, end)
            if m is not None:
                out.append(at)
                done = m.end()
    return out
