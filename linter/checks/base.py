"""The interface every check kind implements."""

from __future__ import annotations

from typing import Any, ClassVar, Iterator

from ..annotate import Doc
from ..findings import Hit
from ..packs import Rule


class Check:
    """A check kind. One instance serves every enabled rule of that kind, so shared
    work (a combined lexicon, one pass over the blocks) is done once per article."""

    kind: ClassVar[str]
    #: Keys a rule of this kind may carry beyond the common ones.
    data_keys: ClassVar[frozenset[str]] = frozenset()
    #: Tunable options and their defaults (overridable per rule in config).
    default_options: ClassVar[dict[str, Any]] = {}
    #: Article-level kinds run after the others and read their hits (``doc.hits``).
    after_hits: ClassVar[bool] = False

    def __init__(self, rules: list[Rule]) -> None:
        self.rules = rules

    @classmethod
    def validate(cls, rule: Rule) -> None:
        """Raise KeyError/TypeError/ValueError when a rule's data is malformed."""

    @classmethod
    def depends(cls, rule: Rule) -> list[str]:
        """Codes whose hits this rule reads (run even when not selected, not reported)."""
        return []

    def check(self, doc: Doc) -> Iterator[Hit]:
        raise NotImplementedError


def render(template: str, **values: Any) -> str:
    """Fill a message template, leaving unknown placeholders as written."""

    class _Keep(dict):
        def __missing__(self, key: str) -> str:
            return "{" + key + "}"

    return template.format_map(_Keep(values))
