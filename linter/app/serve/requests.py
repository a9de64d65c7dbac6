"""Requests to ``newslint serve``: validation shared by the form and the API, each bad
field a 400 naming it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from urllib.parse import parse_qs

from ...model.rules import AUTO, GENRES
from ...readers import FILE_FORMATS, format_of


#: Default ``--max-body`` (2 MiB).
DEFAULT_MAX_BODY = 2 * 1024 * 1024
#: Fields of an API request; anything else is a typo the caller should hear about.
API_FIELDS = frozenset({"text", "format", "genre", "select", "ignore", "path", "filename", "fixes"})


class HTTPError(Exception):
    """A response other than 200, with the one line the client is told."""

    def __init__(self, status: int, message: str, allow: str | None = None, note: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.allow = allow
        #: What the server's log line adds (an internal error's details; never sent).
        self.note = note


#: What answers a request: (status, content type, body, Content-Security-Policy).
Answer = tuple[int, str, str, str]


@dataclass(frozen=True)
class LintRequest:
    """One article to lint and the choices that pick its linter."""

    text: str
    fmt: str
    #: None: the genre the configuration gives (by default recognised from the text).
    genre: str | None
    select: tuple[str, ...] | None
    ignore: tuple[str, ...]
    path: str
    #: The API answer gives each finding the edit that applies its fixable suggestion.
    fixes: bool = False


def _string(payload: dict, key: str, default: str | None = None) -> str | None:
    value = payload.get(key, default)
    if value is not None and not isinstance(value, str):
        raise HTTPError(400, f"'{key}' must be a string")
    return value


def _codes(payload: dict, key: str) -> tuple[str, ...]:
    """Rule codes or prefixes, normalised so equal choices share one cached linter."""
    value = payload.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise HTTPError(400, f"'{key}' must be a list of rule codes or prefixes")
    return tuple(sorted({v.strip().upper() for v in value if v.strip()}))


def lint_request(payload: dict, default_path: str) -> LintRequest:
    """Validate the fields of a form or API request (400 naming the first bad one)."""
    text = _string(payload, "text")
    if not text or not text.strip():
        raise HTTPError(400, "'text' is missing or empty: send the article's text")
    path = _string(payload, "path") or _string(payload, "filename") or default_path
    fmt = _string(payload, "format") or (format_of(path) if path != default_path else "txt")
    if fmt not in FILE_FORMATS:
        raise HTTPError(400, f"unknown format {fmt!r} (one of: {', '.join(FILE_FORMATS)})")
    genre = _string(payload, "genre") or None
    if genre not in (None, AUTO, *GENRES):
        raise HTTPError(400, f"unknown genre {genre!r} (one of: {', '.join((AUTO, *GENRES))})")
    fixes = payload.get("fixes", False)
    if not isinstance(fixes, bool):
        raise HTTPError(400, "'fixes' must be true or false")
    # An empty selection means the configured one, as on the command line.
    return LintRequest(text, fmt, genre, _codes(payload, "select") or None, _codes(payload, "ignore"), path, fixes)


def parse_json(body: bytes) -> dict:
    """The API's request object; bad UTF-8, bad JSON or a non-object is a 400."""
    try:
        payload = json.loads(_utf8(body))
    except ValueError as exc:
        raise HTTPError(400, f"invalid JSON: {exc}") from None
    except RecursionError:
        raise HTTPError(400, "invalid JSON: nested too deeply") from None
    if not isinstance(payload, dict):
        raise HTTPError(400, "the request body must be a JSON object")
    unknown = sorted(set(payload) - API_FIELDS)
    if unknown:
        raise HTTPError(400, f"unknown field {unknown[0]!r} (known: {', '.join(sorted(API_FIELDS))})")
    return payload


def parse_form(body: bytes) -> dict:
    """The form's fields (application/x-www-form-urlencoded, UTF-8), first value of each."""
    try:
        fields = parse_qs(_utf8(body), keep_blank_values=True, encoding="utf-8", errors="strict",
                          max_num_fields=16)
    except UnicodeDecodeError:
        raise HTTPError(400, "the form data is not valid UTF-8") from None
    except ValueError:
        raise HTTPError(400, "too many form fields") from None
    return {key: values[0] for key, values in fields.items()}


def _utf8(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise HTTPError(400, f"request body is not valid UTF-8 (byte 0x{body[exc.start]:02x} "
                             f"at offset {exc.start})") from None
