"""``newslint serve``: the checking page and the HTML report in a browser, and a JSON API, over plain HTTP."""

from ..sizes import parse_size
from .requests import DEFAULT_MAX_BODY, lint_request
from .handling import Where, lint
from .server import LintServer, build_server, run

__all__ = ["DEFAULT_MAX_BODY", "LintServer", "Where", "build_server", "lint", "lint_request", "parse_size", "run"]
