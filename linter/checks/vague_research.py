"""Research no reader could look up, for ATTR001's kind ``vague-source``: "studies show",
"some recent surveys suggest", or "a recent survey found" in a story that never says whose
survey it was. Research is a mild source (reported at info) because a story usually names
it; these are the cases where it cannot be named from the copy at all."""

from __future__ import annotations

import re
from typing import Mapping

from ..model.doc import Doc
from ..analyse import recache

#: A survey or study named by its maker anywhere in the story ("{0}" is the head word): "The
#: survey, by the RAC,", "people were surveyed by TV station Music Box", "the research by
#: the cabbies' association", "the RAC's survey". The story's other research named by its
#: maker ("a study by Leeds University") does not name a survey mentioned in passing.
_MAKER = (r"\b(?:{0}|surveyed|polled|research|conducted|carried\s+out|commissioned)\b[^.;\n]{{0,40}}?"
          r"\b(?:(?:by|from)\s+(?:[\w’'-]+\s+){{0,4}}?|(?:for|of|at)\s+(?:the\s+)?)[A-Z]"
          r"|\b(?!(?:The|This|That|These|Those|A|An|One|Another|Its|Their|His|Her|Our|Each|Every|Last|Recent|"
          r"New|Latest|Such|Some|Separate|Similar|Earlier|Previous)\b)[A-Z][\w&-]+(?:’s|'s)?\s+(?:\w+\s+)?{0}\b")


#: Research nouns by which the next sentence names one of a bare plural's works.
_RESEARCH = r"(?:[Ss]tud(?:y|ies)|[Ss]urveys?|[Pp]olls?|[Rr]eports?|[Aa]nalys[ie]s|Research)"

#: Sentences a text needs before "the story never names it" can be judged.
_STORY = 5


def unlookable(doc: Doc, source: tuple[int, int], head: str, data: Mapping[str, list[str]]) -> bool:
    """Whether a mild research source keeps the rule's level: a bare plural ("Studies
    show": a body of work, not one study), or one survey or study ("a recent survey
    found") that the story never names. A determiner or a maker ("the studies", "surveys
    by the RAC", "a similar survey") makes it a particular one; a poll is left mild
    (political copy reports polls by the dozen, naming the pollsters nearby)."""
    words = re.findall(r"[\w’'-]+", doc.text[source[0]:source[1]].lower())
    if not words or words[-1] != head:
        return False  # "studies by the university": a maker follows
    qualifiers = set(data.get("vague_qualifiers", ()))
    if head in data.get("generic", ()):
        return set(words[:-1]) <= qualifiers and not _maker_next(doc, source)
    if head in data.get("unnamed", ()) and words[0] in ("a", "an") and set(words[1:-1]) <= qualifiers:
        # a quoted fragment or a lone sentence has no story that could name it later
        return len(doc.sentences) >= _STORY and recache.compile(_MAKER.format(head)).search(doc.text) is None
    return False


def _maker_next(doc: Doc, source: tuple[int, int]) -> bool:
    """Whether the next sentence names research by its maker ("Surveys have shown that most
    homes waste heat. Research by the energy firms Calder and Vossberg found ..."): the
    writer's bare plural leads into the work it cites, which a reader can look up."""
    si = doc.sentence_index(source[0]) + 1
    if si >= len(doc.sentences):
        return False
    s = doc.sentences[si]
    return recache.compile(_MAKER.format(_RESEARCH)).search(doc.text, s.start, s.end) is not None
