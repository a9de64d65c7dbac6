"""The fields of a row export (JSON Lines, CSV, Parquet) and of a JSON export's items:
which names hold the id, headline, body, body format, date, outlet, section and author.

Each key has a list of names, the first present (and not empty) wins, as the JSON export
fields do. The headline, body, standfirst and section names are the JSON reader's (the
``[json]`` table of the config, or its defaults); ``--field KEY=NAME[,NAME]`` replaces a
key's names for the run (for the reader's keys it is a ``[json]`` entry on the command
line, so the articles are read as ``check`` with that table reads them).
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

from ...readers.jsonexport import DEFAULT_FIELDS

#: Keys the JSON reader itself reads (passed to the linter as ``[json]`` entries).
READER_KEYS = ("headline", "body", "standfirst", "section")
DEFAULTS: dict[str, list[str]] = {
    "id": ["id", "guid", "uuid", "article_id"],
    "headline": DEFAULT_FIELDS["headline"],
    "body": DEFAULT_FIELDS["body"],
    "standfirst": DEFAULT_FIELDS["standfirst"],
    "body_format": ["body_format", "format", "content_type"],
    "date": ["date", "published", "published_at", "pubdate", "datetime"],
    "outlet": ["outlet", "publication", "publisher", "source", "site"],
    "section": DEFAULT_FIELDS["section"],
    "author": ["author", "byline", "authors"],
}
#: Body formats read as Markdown (any other value: HTML when the body holds tags, else
#: plain paragraphs, as the JSON reader reads a body).
MARKDOWN = {"md", "markdown", "text/markdown", "commonmark"}


def parse_options(values: tuple[str, ...]) -> dict[str, list[str]]:
    """``--field KEY=NAME[,NAME...]`` options as a table; a ValueError names a bad one."""
    out: dict[str, list[str]] = {}
    for value in values:
        key, sep, names = value.partition("=")
        key = key.strip().replace("-", "_")
        if not sep or key not in DEFAULTS:
            raise ValueError(f"{value!r}: expected KEY=NAME[,NAME] with KEY one of {', '.join(DEFAULTS)}")
        listed = [n.strip() for n in names.split(",") if n.strip()]
        if not listed:
            raise ValueError(f"{value!r}: no field name")
        out[key] = listed
    return out


def resolve(json_fields: dict[str, list[str]], options: dict[str, list[str]]) -> dict[str, list[str]]:
    """The names of every key: the defaults, the config's ``[json]`` table, the options."""
    return {**DEFAULTS, **{k: v for k, v in json_fields.items() if k in DEFAULTS}, **options}


def pick(record: dict, names: list[str]) -> Any:
    """The first named value present and not empty (None when none is)."""
    for name in names:
        value = record.get(name)
        if value is not None and value != "" and not (isinstance(value, float) and value != value):
            return value
    return None


def text_of(value: Any) -> str | None:
    """A value as metadata text: lists joined with commas, dates as ISO dates."""
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        joined = ", ".join(str(v) for v in value if v is not None and str(v).strip())
        return joined or None
    if isinstance(value, (_dt.datetime, _dt.date)):
        return value.isoformat()
    text = str(value).strip()
    return text or None


_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%Y%m%d")
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def iso_date(value: Any) -> str | None:
    """A date as YYYY-MM-DD when it can be read (ISO dates and timestamps, '5 March 2024',
    'March 5, 2024', epoch seconds), else the text as given."""
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 1e8 < value < 1e11:
        return _dt.datetime.fromtimestamp(value, _dt.timezone.utc).date().isoformat()
    text = text_of(value)
    if text is None:
        return None
    m = _ISO_DAY.match(text)
    if m:
        try:
            return _dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return text
    for fmt in _FORMATS:
        try:
            return _dt.datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return text


def month_of(date: str | None) -> str | None:
    """YYYY-MM of a normalised date (None when the date could not be read)."""
    return date[:7] if date and _ISO_DAY.fullmatch(date) else None


def metadata(record: dict, names: dict[str, list[str]]) -> dict[str, str | None]:
    """outlet, section, author, date and month of a record (None where absent)."""
    date = iso_date(pick(record, names["date"]))
    return {"outlet": text_of(pick(record, names["outlet"])), "section": text_of(pick(record, names["section"])),
            "author": text_of(pick(record, names["author"])), "date": date, "month": month_of(date)}
