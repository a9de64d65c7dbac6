"""Findings that flag the same words: one is shown, the others are named as related.

Several rules may read the same words ("admission" is a framing noun, a presupposed
wrongdoing and an allegation with no reply). The human outputs (text, concise, HTML,
the editor) show one finding per group, the *primary*, and list the others' codes; the
machine outputs (JSON, SARIF) and the baseline keep every finding and say which are
related.

The same words: two findings whose spans, trimmed of spaces and punctuation at both
ends, are identical; or one span lies inside the other and holds at least half of its
words ("sent shockwaves" inside "sent shockwaves through", "insistence" inside
"insistence on", but not "relentless" inside "despite the war's relentless
escalation", which says something else about more words). Spans that only overlap are
never related. Groups are closed under the relation (transitively).

Article-level findings (``scope = "article"`` in the pack: a reading grade, one-sided
sourcing) are about the article, not the word they are shown on: never related.

The primary: the most severe; then the most specific (the rule's ``specificity``, or
its family's, in the packs); then the longer span; then the earlier in the file. This
module has no policy of its own: severity and specificity come with the findings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from ..model.findings import Finding
from ..model.rules import RANK
from ..analyse import recache

_EDGE = recache.compile(r"^[\W_]*(.*?)[\W_]*$", re.S)
_WORD = recache.compile(r"\w+(?:['’]\w+)*")


@dataclass(frozen=True)
class Group:
    """Indexes (into the list given) of findings on the same words: the primary first,
    then the others in the order they rank."""

    members: tuple[int, ...]

    @property
    def primary(self) -> int:
        return self.members[0]

    @property
    def others(self) -> tuple[int, ...]:
        return self.members[1:]


def _core(f: Finding) -> tuple[int, int, int]:
    """The span without its outer spaces and punctuation, and its number of words."""
    m = _EDGE.match(f.text)
    assert m is not None
    if not m.group(1):
        return f.start, f.end, 0
    start = f.start + m.start(1)
    return start, start + len(m.group(1)), len(_WORD.findall(m.group(1)))


def same_words(a: tuple[int, int, int], b: tuple[int, int, int]) -> bool:
    """Whether two trimmed spans (start, end, words) flag the same words."""
    if a[:2] == b[:2]:
        return True
    inner, outer = (a, b) if a[1] - a[0] <= b[1] - b[0] else (b, a)
    if not (outer[0] <= inner[0] and inner[1] <= outer[1]):
        return False
    return 2 * inner[2] >= outer[2]


def rank(f: Finding) -> tuple:
    """Sort key of a group's members: the primary sorts first."""
    return (-RANK[f.severity], -f.specificity, -(f.end - f.start), f.start, f.code)


def groups(findings: Sequence[Finding]) -> list[Group]:
    """Every finding in exactly one group (most in a group of one), groups in the order
    of their first member in the list."""
    parent = list(range(len(findings)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    spans = [(*_core(f), i) for i, f in enumerate(findings) if f.scope != "article"]
    spans.sort()
    for k, (start, end, words, i) in enumerate(spans):
        for other in range(k + 1, len(spans)):
            o_start, o_end, o_words, j = spans[other]
            if o_start >= end:
                break
            if same_words((start, end, words), (o_start, o_end, o_words)):
                parent[root(j)] = root(i)
    members: dict[int, list[int]] = {}
    for i in range(len(findings)):
        members.setdefault(root(i), []).append(i)
    out = [Group(tuple(sorted(m, key=lambda i: rank(findings[i])))) for m in members.values()]
    return sorted(out, key=lambda g: min(g.members))


def shown(findings: Sequence[Finding]) -> list[tuple[Finding, list[Finding]]]:
    """What a person is shown: per group, its primary and the rest of the group in
    rank order (an editor's diagnostics, the text formats)."""
    return [(findings[g.primary], [findings[i] for i in g.others]) for g in groups(findings)]


def related(findings: Sequence[Finding]) -> list[tuple[bool, list[str]]]:
    """Per finding: whether it is its group's primary, and the codes of the rest of its
    group (the primary first) — the ``primary`` and ``related`` of the JSON output."""
    out: list[tuple[bool, list[str]]] = [(True, [])] * len(findings)
    for g in groups(findings):
        for i in g.members:
            out[i] = (i == g.primary, [findings[j].code for j in g.members if j != i])
    return out
