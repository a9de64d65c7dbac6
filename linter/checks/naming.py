"""Kind ``naming``: a table of names and terms where a newsroom has chosen one form, each
with its discouraged forms and the context in which they are wrong.

A row says: prefer "Luhansk", avoid "Lugansk", in the "ukrainian" naming system, wrong
when the article otherwise follows that system ("mixed"); or prefer "anti-abortion",
avoid "pro-life", wrong always. A house pack adds its own rows without writing patterns.
Each row becomes a lexicon group (the preferred form is the suggested replacement, a
capitalised discouraged form is matched as the name it is), so quotation shielding,
exceptions and context conditions work as in the ``lexicon`` kind.
"""

from __future__ import annotations

import copy

from ..model.rules import SEVERITIES, Rule
from .base import Option
from .lexicon import LexiconCheck
from .lexicon_groups import CONTEXT

#: Keys of a row of the table.
ROW_KEYS = {"prefer", "avoid", "label", "severity", "context", "system", "except", "fixable", "promote",
            *CONTEXT}
CONTEXTS = ("always", "mixed")


class NamingCheck(LexiconCheck):
    kind = "naming"
    DATA = {
        "names": Option(list, [], "rows: prefer, avoid, context (always or mixed), system, except, ...",
                        items=dict),
        "quotes": Option(str, "attributed", "skip matches inside attributed quotations, or any",
                         ("attributed", "any")),
        "reported_speech": Option(str, "ignore", "skip matches in a vouched source's reported speech",
                                  ("shield", "ignore")),
        "mentioned_after": Option(str, "", "a regular expression ending right before a term that names it as "
                                           "someone's ('called himself', 'known as'): the term is mentioned"),
    }
    REQUIRED = ("names",)

    @classmethod
    def validate(cls, rule: Rule) -> None:
        rows = rule.data["names"]
        if not rows:
            raise ValueError("'names' must be a non-empty list of tables")
        for row in rows:
            unknown = set(row) - ROW_KEYS
            if unknown:
                raise ValueError(f"unknown names key {sorted(unknown)[0]!r}")
            if not isinstance(row.get("prefer"), str) or not row["prefer"].strip():
                raise ValueError("every row needs 'prefer' (the preferred form)")
            if not isinstance(row.get("avoid"), list) or not row["avoid"]:
                raise ValueError("every row needs 'avoid' (a list of discouraged forms)")
            if row.get("context", "always") not in CONTEXTS:
                raise ValueError(f"context must be one of {', '.join(CONTEXTS)}")
            if row.get("context") == "mixed" and not row.get("system"):
                raise ValueError("a 'mixed' row needs 'system' (the naming system it belongs to)")
            if row.get("severity", rule.severity) not in SEVERITIES:
                raise ValueError(f"severity must be one of {', '.join(SEVERITIES)}")
        super().validate(as_lexicon(rule))

    def __init__(self, rules: list[Rule]) -> None:
        super().__init__([as_lexicon(r) for r in rules])


def as_lexicon(rule: Rule) -> Rule:
    """The rule with its table as lexicon groups and exceptions (a copy)."""
    rows = rule.data["names"]
    systems: dict[str, list[str]] = {}
    for row in rows:
        if row.get("system"):
            systems.setdefault(row["system"], []).append(row["prefer"])
    groups = [_group(row, systems, rule.data.get("mentioned_after", "")) for row in rows]
    lexicon = copy.copy(rule)
    lexicon.data = {"groups": groups, "exceptions": [e for row in rows for e in row.get("except", [])],
                    "quotes": rule.data["quotes"], "reported_speech": rule.data["reported_speech"],
                    "classes": {}}
    return lexicon


def _group(row: dict, systems: dict[str, list[str]], mentioned_after: str = "") -> dict:
    """One row as a lexicon group: the preferred form suggested, names matched as names;
    a term right after words that name it as someone's ("called himself pro-choice", "the
    procedure known as ...") is mentioned, not used (``mentioned_after`` joins the row's
    own ``reject_before``)."""
    avoid = list(row["avoid"])
    group = {"label": row.get("label", f"prefer {row['prefer']}"), "terms": avoid, "replace": row["prefer"],
             "match_names": any(a[:1].isupper() for a in avoid)}
    for key in ("severity", "fixable", "promote", *CONTEXT):
        if key in row:
            group[key] = row[key]
    if mentioned_after:
        own = group.get("reject_before")
        group["reject_before"] = f"{own}|(?:{mentioned_after})" if own else mentioned_after
    if row.get("context") == "mixed":
        group["require_article"] = systems[row["system"]]
    return group
