"""Source before cue: "SOURCE (aux/adverbs) CUE (that) CONTENT".

The commonest construction and the last tried for a verb cue: "Zelensky had reported
that 46,000 soldiers had been killed". The source is the noun phrase that ends where
the auxiliaries before the cue begin, less leading adverbials ("In May,"), a relative
clause ("Aldous, who faces re-election, said") and a lower-case noun before a name
("a region Russia demands"). The content is the rest of the sentence, up to a writer's
own contrast clause.

Three frame patterns come out of it: "that-clause" when a "that", colon or quotation
mark opens the content (reported speech whatever the cue), "source-cue" otherwise
(for a stance verb, only the writer's words: "criticised the plan"), and
"shared-subject" when the cue has no subject of its own after an earlier frame of
the sentence ("... admitted X and insisted Y": the same speaker). As the last verb
pattern it always decides: a passive ("is estimated"), a missing or over-long subject
means no frame.
"""

from __future__ import annotations

from ..clause import complement, is_cap, np_start, passive, past_relative, skip_adverbials, trim_to_name
from ..words import ADVERBIAL_HEAD, PRONOUNS
from .base import Cue, Example, Outcome

NAME = "source-cue"

EXAMPLES = [
    Example("The mayor said the bridge would reopen in May.", "The mayor", "said", "source-cue"),
    Example("Health Minister Sofia Reyes has repeatedly warned that the clinics are short of staff.",
            "Health Minister Sofia Reyes", "warned", "that-clause"),
    Example("In a letter on Friday, the regulator conceded: the rules had failed.",
            "the regulator", "conceded", "that-clause"),
    Example("The coach admitted the team had played badly and insisted that changes would come.",
            "The coach", "insisted", "shared-subject"),
    Example("Last week, the transport secretary said the line would be finished by 2030.",
            "the transport secretary", "said", "source-cue"),
]


def find(cue: Cue) -> Outcome:
    st, a = cue.st, cue.a
    content = complement(st, cue.b)
    if not content:
        return None  # "... the council's own finance report." is a noun, not a verb
    src_end = cue.source_end
    if (src_end <= st.first or st.norm[src_end - 1] in ("and", "but")) and cue.same:
        return cue.inherit(cue.same[-1], content, "shared-subject")  # "X admitted ... and insisted ..."
    if src_end <= st.first:
        return None
    if passive(st.norm, src_end, a) or "according" in st.norm[st.first:src_end][-3:]:
        # "The population is now estimated at three million": the subject is what was
        # estimated, not who estimated it; "evidence to suggest", "official estimates"
        # after "according to": no speaker at all.
        return None
    source = _source(cue, src_end)
    if source is None:
        return None
    b = cue.b
    clause = b < st.last and (st.norm[b] in ("that", ":") or st.norm[b] in ("“", '"', "'"))
    return cue.make(source, content, "that-clause" if clause else "source-cue")


def _source(cue: Cue, src_end: int) -> tuple[int, int] | None:
    """The source's tokens: the noun phrase before the cue, trimmed to its speaker."""
    st, norm = cue.st, cue.st.norm
    if norm[src_end - 1] in ("that", "which", "who") and src_end - 1 > st.first:
        src_end -= 1  # "a report that found", "the official who said": the antecedent speaks
        if norm[src_end - 1] == ",":
            src_end -= 1
    start = np_start(st, src_end)
    if start >= src_end:
        return None
    start, src_end = past_relative(st, start, src_end)
    # Drop leading adverbial segments ("Despite this,", "In February 2025,", "Meanwhile,").
    start = skip_adverbials(st, start, src_end)
    if start >= src_end:
        return None
    if norm[src_end - 1] == ",":
        src_end -= 1
    if src_end - start > 14:
        return None
    if norm[cue.a - 1] == "to" and any(m.payload[1] == "verb" for m in cue.v.cues.matches(norm, start, src_end)):
        return None  # "Investigators found evidence to suggest": the speaker is the clause's, already framed
    start = trim_to_name(st, start, src_end, cue.v)
    if src_end - start > 1 and norm[src_end - 1] in PRONOUNS:
        start = src_end - 1  # "the deficit he announced": the speaker is "he"
    while start < src_end and norm[start] in ADVERBIAL_HEAD and not is_cap(st.raw_at(start)):
        start += 1  # "with the president claiming": the preposition is not the source
    return start, src_end
