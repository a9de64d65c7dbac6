"""The ``directive`` kind: findings about suppression comments.

Comments never reach the analysis text, so this kind yields nothing from it; the
engine reads directives from the file itself (linter/suppress.py) and reports a
directive that names an unknown code under this kind's rule.
"""

from __future__ import annotations

from typing import Iterator

from ..annotate import Doc
from ..findings import Hit
from .base import Check


class DirectiveCheck(Check):
    kind = "directive"

    def check(self, doc: Doc) -> Iterator[Hit]:
        return iter(())
