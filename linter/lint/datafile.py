"""Reading a small data file the user supplies (a config, a baseline): every failure is
one ConfigError naming the file, never a traceback."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from ..model.errors import ConfigError


def load_file(path: Path, parse: Callable[[str], Any], what: str, malformed: tuple[type[Exception], ...]) -> Any:
    """``parse`` of the file's text; a missing, unreadable, non-UTF-8 or malformed file
    (``malformed``: the parser's error types) is a ConfigError saying which ``what``."""
    try:
        return parse(path.read_text("utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: {what} not found") from None
    except (*malformed, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: malformed {what} ({exc})") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read {what} ({exc.strerror})") from None
