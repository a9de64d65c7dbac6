"""What every check kind shares: a declared schema for its rules' data and options, the
interface the engine calls, and message rendering.

A kind is code; a rule is a kind plus data from a pack (Vale's split). The schema is
checked when a pack loads and again when config overrides an option, so a wrong type
is one clear configuration error (exit status 2), never a traceback mid-run.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Iterator, Sequence

from ..model.doc import Doc
from ..model.errors import ConfigError
from ..model.findings import Hit
from ..model.rules import SEVERITIES, Rule

_TYPE_NAMES = {int: "a whole number", float: "a number", str: "a string", bool: "true or false",
               list: "a list of strings", dict: "a table"}


@dataclass(frozen=True)
class Option:
    """A tunable setting of a rule (``[rules.CODE]`` in config), with its default."""

    type: type
    default: Any
    help: str = ""
    choices: tuple = ()
    #: For a list: the type of its items (strings unless said otherwise).
    items: type = str

    def check(self, value: Any, where: str) -> Any:
        """The value if it fits the declared type and choices, else a ConfigError."""
        ok = isinstance(value, self.type) and not (isinstance(value, bool) and self.type is not bool)
        if self.type is float:
            ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        if self.type is list:
            ok = isinstance(value, list) and all(isinstance(v, self.items) for v in value)
        if not ok:
            expected = "a list of tables" if self.type is list and self.items is dict else _TYPE_NAMES[self.type]
            raise ConfigError(f"{where}: expected {expected}, got {value!r}")
        if self.choices and value not in self.choices:
            raise ConfigError(f"{where}: must be one of {', '.join(map(str, self.choices))}, got {value!r}")
        return value


def severity_option(default: str, help: str) -> Option:
    return Option(str, default, help, SEVERITIES)


class Check:
    """A check kind. One instance serves every selected rule of that kind, so shared work
    (a combined lexicon, one pass over the blocks) is done once per article."""

    kind: ClassVar[str]
    #: Keys a rule of this kind may carry beyond the common ones, with their types.
    DATA: ClassVar[dict[str, Option]] = {}
    #: Data keys a rule of this kind must carry.
    REQUIRED: ClassVar[tuple[str, ...]] = ()
    #: Tunable options and their defaults (overridable per rule in config).
    OPTIONS: ClassVar[dict[str, Option]] = {}
    #: Article-level kinds run after the others and are given their hits.
    after_hits: ClassVar[bool] = False

    def __init__(self, rules: list[Rule]) -> None:
        self.rules = rules

    @classmethod
    def validate(cls, rule: Rule) -> None:
        """Raise KeyError/TypeError/ValueError when a rule's data is malformed beyond its
        declared types (a kind with nested tables checks them here)."""

    @classmethod
    def depends(cls, rule: Rule) -> list[str]:
        """Codes whose hits this rule reads (run even when not selected, not reported)."""
        return []

    def check(self, doc: Doc, hits: Sequence[Hit]) -> Iterator[Hit]:
        """Hits for the article. ``hits`` are the hits of the sentence-level rules, given
        only to article-level kinds (``after_hits``); the others get an empty sequence."""
        raise NotImplementedError


class _Keep(dict):
    """Template values; a placeholder without one stays as written."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render(template: str, **values: Any) -> str:
    """Fill a message template, leaving unknown placeholders as written."""
    return template.format_map(_Keep(values))
