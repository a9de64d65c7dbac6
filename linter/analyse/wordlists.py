"""The package's word lists (``linter/vocab/*.toml``), read once per process.

Word lists are data, not code: each file groups lists of one kind (grammar, dates,
boundaries, ...) with a comment saying what each list is for. Parsed files are kept
on disk (``cache.cached``, keyed by the file's content hash), since ``tomllib`` costs
more than reading its result back. This module sits below the lexicon, which reads
its irregular verbs here; ``linter.analyse.vocab`` re-exports it for everyone else.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .cache import cached, key_of

#: Where the vocabulary files are (package data, read from the installed package's
#: folder: importlib.resources would import zipfile and more on every start).
VOCAB_PACKAGE = "linter"
VOCAB_DIR = "vocab"
_VOCAB = Path(__file__).resolve().parents[1] / VOCAB_DIR


@lru_cache(maxsize=None)
def read_toml(name: str) -> dict:
    """A vocabulary file of the package (``cues.toml``), parsed; shared, do not mutate."""
    raw = (_VOCAB / name).read_bytes()
    digest = key_of(raw)
    return cached(f"vocab-{name}-{digest}.marshal", lambda: _toml_loads(raw))


def _toml_loads(raw: bytes) -> dict:
    import tomllib  # only when the cache lacks the file

    return tomllib.loads(raw.decode("utf-8"))


def word_set(file: str, key: str) -> frozenset[str]:
    """The list ``key`` of ``vocab/<file>.toml`` as a set."""
    return frozenset(read_toml(f"{file}.toml")[key])


def word_table(file: str, key: str) -> dict[str, str | list[str]]:
    """The table ``key`` of ``vocab/<file>.toml`` (word -> value), a copy."""
    return dict(read_toml(f"{file}.toml")[key])
