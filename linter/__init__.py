"""newslint: a bias and attribution linter for news articles.

The import name is ``linter``; the command is ``newslint``. The public API::

    import linter
    result = linter.lint_text(text, format="md", genre="news", select=["ATTR", "LOAD"])
    result = linter.lint_path("story.html")
    for f in result.findings: print(f.line, f.column, f.code, f.message)

Names are loaded on first use, so importing a submodule (the command line does) does
not load the whole engine.
"""

from __future__ import annotations

import importlib
from typing import Any

from ._version import __version__

#: Public name -> module that defines it.
_EXPORTS = {
    "lint_text": "linter.app.api", "lint_path": "linter.app.api",
    "Linter": "linter.lint.engine", "Settings": "linter.lint.config",
    "FileResult": "linter.model.findings", "Finding": "linter.model.findings", "Suggestion": "linter.model.findings",
    "Attribution": "linter.model.findings", "QuoteSpan": "linter.model.findings",
    "ArticleInfo": "linter.model.findings", "SourceSpan": "linter.model.findings", "Span": "linter.model.findings",
    "Profile": "linter.model.profile", "Readability": "linter.model.doc",
    "NewslintError": "linter.model.errors", "InputError": "linter.model.errors", "ConfigError": "linter.model.errors",
}
__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'linter' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


def __dir__() -> list[str]:
    return sorted(__all__)
