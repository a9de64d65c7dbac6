"""Speaker label: a block that opens with a speaker and a colon.

"Hale: Rival 'Wrong' to Brand Me a Cheat" (a US political headline: the words after
the colon are Hale's, her "Me" and "Cheat" included), a transcript turn ("RAMOS:
...", "Q: ... A: ..."), a round-up's credit line ("Dana Gold, Politico:") before the
quotation it introduces. The label must name someone who can speak or publish: a
person, an organisation, an institution, a role, a document ("Poll: ..."), or an
interview's two sides; section and production labels ("Update:", "Editor's note:",
"The bottom line:") and anything else a reader would not take for a speaker are not.
The content is the rest of the block, or the next block when the label stands alone
and a quotation follows. Not cue-driven: found once per block, before the cues.
"""

from __future__ import annotations

import re

from ....model.article import TITLE_CASE_KINDS
from ....model.doc import DESCRIBED, INSTITUTION, NAMED, ORGANISATION, VAGUE, Frame
from ...vocab import Vocab, word_set, word_table
from ..clause import Sent, is_cap, next_block_content
from ..people import PersonTracker
from ..words import DETERMINERS, FUNCTION_WORDS, HEAD_PREPOSITIONS
from ..sources import classify_source, is_document
from .base import Example

NAME = "speaker-label"

EXAMPLES = [
    Example("Hale: Rival ‘Wrong’ to Brand Me a Cheat\n\nSenator Ann Hale spoke on Monday.", "Hale", ":", NAME, "txt"),
    Example("The interview was edited for length.\n\nQ: Why did you run?\n\nA: Nobody else would.",
            "A", ":", NAME, "txt"),
    Example("NY Daily Ledger: Depot Deal Was a Scandal\n\nThe New York Daily Ledger said on Monday ...",
            "NY Daily Ledger", ":", NAME, "txt"),
    Example("Hale: I Will Not Quit\n\nSenator Ann Hale spoke on Monday.", "Hale", ":", NAME, "txt"),
    Example("Reactions came quickly.\n\nDana Gold, Politico:\n\n“It was a big night for the network.”",
            "Dana Gold, Politico", ":", NAME, "txt"),
]

_NOT_LABELS = word_set("attribution", "not_speaker_labels")
_INTERVIEW = {k: str(v) for k, v in word_table("attribution", "interview_labels").items()}
#: Most tokens a label may have before its colon.
_MAX = 8


def find(st: Sent, v: Vocab, people: PersonTracker) -> Frame | None:
    """The label frame of a block's first sentence, if it opens with a speaker's label."""
    doc = st.doc
    block = doc.block_of(st.index)
    if doc.sentences[st.index].start != block.start:
        return None
    reach = min(st.last, st.first + _MAX)
    colon = st.norm.index(":", st.first, reach) if ":" in st.norm[st.first:reach] else None
    if colon is None or colon == st.first or not _written_as_label(st, st.first, colon, v):
        return None
    tier, entity = _speaker(st, colon, v, people)
    if tier is None or (block.kind in TITLE_CASE_KINDS and not _named_in_body(st, colon, v)):
        return None
    content = _content(st, colon, block.end)
    if not content or _list_of_names(st.text[content[0][0]:content[0][1]]):
        return None
    if block.kind in TITLE_CASE_KINDS and st.text[content[0][0]:content[0][1]].rstrip(" .").endswith("?") \
            and not _quoted(st, colon):
        return None  # "Hale: Reformer or Career Politician?": a question about the name, not its claim
    return Frame(st.span(st.first, colon), tier, st.span(colon, colon + 1), "neutral", "label", content,
                 st.index, entity, pattern=NAME)


def _written_as_label(st: Sent, a: int, b: int, v: Vocab) -> bool:
    """Capitalised words (or role and organisation words, "of", "'s", commas between a
    name and an outlet), no numbers, and not a section or production label."""
    words = [st.norm[k] for k in range(a, b) if st.norm[k][0].isalnum()]
    if not words or " ".join(words) in _NOT_LABELS or words[0] in _NOT_LABELS:
        return False
    lower_ok = v.sources.get("role_nouns", frozenset()) | v.sources.get("org_suffixes", frozenset()) | {"of", "the"}
    return all(is_cap(st.raw_at(k)) or st.norm[k] in lower_ok or st.norm[k] in (",", ".", "'s", "&", "-")
               for k in range(a, b)) and not any(w[0].isdigit() for w in words)


def _speaker(st: Sent, colon: int, v: Vocab, people: PersonTracker) -> tuple[str | None, str | None]:
    """(tier, entity) of a label: an interview side, or a source that names someone."""
    label = " ".join(st.norm[k] for k in range(st.first, colon))
    if label in _INTERVIEW:
        return DESCRIBED, _INTERVIEW[label]
    end = next((k for k in range(st.first, colon) if st.norm[k] == ","), colon)  # "Dana Gold, Politico"
    people.at(st.start[st.first])
    tier, entity = classify_source(st, st.first, end, v, people)
    if tier in (NAMED, ORGANISATION, INSTITUTION):
        return tier, entity
    if tier in (DESCRIBED, VAGUE) and (is_document(st, st.first, end, v)
                                       or any(w in v.sources.get("role_nouns", ()) for w in st.norm[st.first:end])):
        return tier, entity
    return None, None


def _named_in_body(st: Sent, colon: int, v: Vocab) -> bool:
    """In a Title Case headline every word is capitalised, so a label there must name
    someone the body names too: each of its words is written capitalised in the body,
    or is a title, organisation or function word ("Hale: ..." over a story about Hale;
    not "Fare Hike Fiasco: ...", "Big Win For Hale: ...")."""
    doc = st.doc
    block = doc.block_of(st.index)
    body = doc.text[:block.start] + doc.text[block.end:]
    plain = v.sources.get("role_nouns", frozenset()) | v.sources.get("org_suffixes", frozenset()) | FUNCTION_WORDS \
        | HEAD_PREPOSITIONS | DETERMINERS
    words = [k for k in range(st.first, colon) if st.norm[k][0].isalnum()]
    return bool(words) and all(st.norm[k] in plain or re.search(rf"\b{re.escape(st.raw_at(k))}\b", body)
                               or _initials_in_body(st.raw_at(k), body)
                               for k in words) and any(st.norm[k] not in plain for k in words)


def _initials_in_body(word: str, body: str) -> bool:
    """An abbreviation whose letters begin capitalised words of the body ("NY Daily News:"
    over a story that names the "New York Daily News")."""
    if not (2 <= len(word) <= 4 and word.isalpha() and word.isupper()):
        return False
    return re.search(r"\b" + r"[\s-]+".join(f"{c}[a-z]+" for c in word) + r"\b", body) is not None


def _list_of_names(content: str) -> bool:
    """A list after the label ("Oregon: Ben Ortiz, Carla Reyes, Dan Price, ..."): a
    roster, not something said."""
    head = content[:120]
    return head.count(",") >= 3 and not re.search(r"\b(?:is|are|was|were|will|has|have|had|said|says)\b", head)


def _content(st: Sent, colon: int, block_end: int) -> list[tuple[int, int]]:
    """The rest of the block after the colon; for a label standing alone, the next block
    when it is a quotation."""
    text, start = st.text, st.end[colon]
    if text[start:block_end].strip():
        lead = len(text[start:block_end]) - len(text[start:block_end].lstrip())
        return [(start + lead, block_end)]
    return next_block_content(st, colon)


def _quoted(st: Sent, colon: int) -> bool:
    """A quotation mark right after the label's colon: the speaker's question, quoted."""
    return colon + 1 < st.last and st.norm[colon + 1] in ("“", '"', "‘", "'")
