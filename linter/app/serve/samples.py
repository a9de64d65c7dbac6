"""The sample articles the checking page offers: the project's ``seeds/``, which the
wheel carries as ``linter/seeds`` (a checkout reads its own ``seeds/``)."""

from __future__ import annotations

import functools
import re
from pathlib import Path

from ...readers import EXTENSIONS, format_of

#: The mission's seed article comes first; the others follow by name.
FIRST = "zelensky-toll.txt"
#: seeds/README.md describes each sample in a line "- `name`: what it is".
DESCRIBED = re.compile(r"^- `([^`]+)`: (.+)$", re.M)


def seeds_dir() -> Path | None:
    """Where the samples are: inside the installed package, or the checkout's seeds/."""
    here = Path(__file__).resolve().parents[2]
    return next((d for d in (here / "seeds", here.parent / "seeds") if d.is_dir()), None)


@functools.lru_cache(maxsize=1)
def samples() -> tuple[dict, ...]:
    """Each sample article: its file name, input format, a one-line description from
    the seeds' README (or its first line) and its text. Empty when none is installed."""
    directory = seeds_dir()
    if directory is None:
        return ()
    readme = directory / "README.md"
    notes = dict(DESCRIBED.findall(readme.read_text("utf-8"))) if readme.is_file() else {}
    files = sorted((p for p in directory.iterdir() if p.suffix.lower() in EXTENSIONS and p != readme),
                   key=lambda p: (p.name != FIRST, p.name))
    out = []
    for path in files:
        text = path.read_text("utf-8")
        first = text.strip().splitlines()[0] if text.strip() else path.name
        out.append({"name": path.name, "format": format_of(path.name),
                    "description": notes.get(path.name, first), "text": text})
    return tuple(out)
