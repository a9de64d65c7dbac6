"""Rule selectors as ruff has them: ``ALL``, a code (``ATTR003``) or a prefix (``LOAD``)."""

from __future__ import annotations

from ..model.errors import ConfigError
from ..model.rules import Rule


def match_selectors(selectors: list[str], rules: list[Rule], where: str) -> set[str]:
    """Codes matched by selectors; an unknown one is a ConfigError naming ``where``."""
    codes: set[str] = set()
    for sel in selectors:
        sel = sel.strip().upper()
        if not sel:
            continue
        hit = {r.code for r in rules if sel == "ALL" or r.code.startswith(sel)}
        if not hit:
            raise ConfigError(f"{where}: unknown rule code or prefix {sel!r}")
        codes |= hit
    return codes
