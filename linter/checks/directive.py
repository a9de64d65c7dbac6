"""Kind ``directive``: findings about suppression comments themselves.

Comments never reach the analysis text, so this kind yields nothing from it; the
engine reads directives from the file (linter.lint.suppress) and reports one that
names an unknown code under the rules of this kind.
"""

from __future__ import annotations

from typing import Iterator, Sequence

from ..model.doc import Doc
from ..model.findings import Hit
from .base import Check


class DirectiveCheck(Check):
    kind = "directive"

    def check(self, doc: Doc, hits: Sequence[Hit] = ()) -> Iterator[Hit]:
        return iter(())
