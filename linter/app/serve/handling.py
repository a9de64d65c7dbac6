"""What a worker does with one request: lint the article with the (cached) linter for
its choices and render the answer, the JSON contract or the HTML report."""

from __future__ import annotations

from ...lint.config import Settings
from ...lint.engine import Linter
from ...model.errors import InternalError, NewslintError
from ...model.findings import FileResult
from ...model.source import Source
from ...report import Context, render
from ..api import linter_for
from .pages import csp, report_page
from .requests import Answer, HTTPError, LintRequest


def lint(req: LintRequest) -> tuple[FileResult, Linter]:
    """Lint one request's article with the (shared, cached) linter for its choices;
    an unknown rule code or an input error (a malformed JSON export...) is a 400."""
    settings = Settings(select=list(req.select) if req.select else None, ignore=list(req.ignore), genre=req.genre)
    try:
        linter = linter_for(settings)
    except NewslintError as exc:
        raise HTTPError(400, str(exc).removeprefix("command line: ")) from None
    try:
        return linter.lint_source(Source(req.path, req.text), req.fmt), linter
    except InternalError as exc:  # a bug, not the client's fault
        raise HTTPError(500, "internal error", note=str(exc)) from None
    except NewslintError as exc:
        raise HTTPError(400, str(exc)) from None


def answer(kind: str, req: LintRequest) -> Answer:
    """The 200 answer to an API request (JSON) or a form's report request (HTML)."""
    result, linter = lint(req)
    if kind == "api":
        return 200, "application/json; charset=utf-8", render("json", [result], Context()), csp()
    page, policy = report_page(result, linter)
    return 200, "text/html; charset=utf-8", page, policy
