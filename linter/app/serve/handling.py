"""What a worker does with one request: lint the article with the (cached) linter for
its choices and the server's configuration, and render the answer (the JSON contract,
the HTML report, the rule catalogue or one rule's explanation)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ...lint.config import Cascade, Settings, command_line
from ...lint.engine import Linter
from ...lint.per_file import lint_file
from ...model.errors import InternalError, NewslintError
from ...model.findings import FileResult
from ...model.source import Source
from ...report import Context, render
from ..api import linter_for
from .catalog import catalogue, explanation, with_fixes
from .pages import csp, report_page
from .requests import Answer, HTTPError, LintRequest


@dataclass(frozen=True)
class Where:
    """Where the server's settings come from: ``config`` (``serve --config``, with its
    extend chain) alone, else the config files from the project root down to
    ``directory`` (the directory ``newslint serve`` started in; None: none at all).
    A request's choices are the last layer, as the command line's flags are."""

    config: Path | None = None
    directory: Path | None = None

    def settings(self, select: tuple[str, ...] | None = None, ignore: tuple[str, ...] = (),
                 genre: str | None = None) -> Settings:
        cli = command_line(select=list(select) if select else None, ignore=list(ignore), genre=genre)
        return Cascade(self.config, cli).settings_for(None if self.config else self.directory)


#: The worker's configuration (``configure``), and the settings per request choices.
_WHERE = [Where()]
_SETTINGS: dict[tuple, Settings] = {}


def configure(where: Where) -> None:
    """Read the configuration from ``where`` from now on (a worker, once, at start)."""
    _WHERE[0] = where
    _SETTINGS.clear()


def settings_for(req: LintRequest | None) -> Settings:
    """The validated settings for a request's choices (None: the configured ones);
    an unknown rule code or a bad config is a 400."""
    key = (req.select, req.ignore, req.genre) if req else (None, (), None)
    if key not in _SETTINGS:
        try:
            settings = _WHERE[0].settings(*key)
        except NewslintError as exc:
            raise HTTPError(400, str(exc).removeprefix("command line: ")) from None
        if len(_SETTINGS) >= 64:
            _SETTINGS.clear()
        _SETTINGS[key] = settings
    return _SETTINGS[key]


def _linter(settings: Settings) -> Linter:
    try:
        return linter_for(settings)
    except NewslintError as exc:
        raise HTTPError(400, str(exc).removeprefix("command line: ")) from None


def lint(req: LintRequest) -> tuple[FileResult, Linter]:
    """Lint one request's article with the (shared, cached) linter for its choices;
    an unknown rule code or an input error (a malformed JSON export...) is a 400."""
    settings = settings_for(req)
    linter = _linter(settings)
    try:
        return lint_file(linter, settings, Source(req.path, req.text), req.fmt), linter
    except InternalError as exc:  # a bug, not the client's fault
        raise HTTPError(500, "internal error", note=str(exc)) from None
    except NewslintError as exc:
        raise HTTPError(400, str(exc)) from None


JSON = "application/json; charset=utf-8"


def answer(kind: str, req: LintRequest | str | None) -> Answer:
    """The 200 answer to an API request (JSON), a form's report request (HTML), the rule
    catalogue (``req`` None) or one rule's explanation (``req`` its code)."""
    if kind == "rules":
        settings = settings_for(None)
        return 200, JSON, json.dumps(catalogue(_linter(settings), settings), ensure_ascii=False), csp()
    if kind == "rule":
        text = explanation(_linter(settings_for(None)), str(req))
        if text is None:
            raise HTTPError(404, f"unknown rule code {req!r}")
        return 200, JSON, json.dumps({"code": str(req).upper(), "text": text}, ensure_ascii=False), csp()
    assert isinstance(req, LintRequest)
    result, linter = lint(req)
    if kind == "api":
        body = render("json", [result], Context())
        return 200, JSON, with_fixes(body, result) if req.fixes else body, csp()
    page, policy = report_page(result, linter)
    return 200, "text/html; charset=utf-8", page, policy
