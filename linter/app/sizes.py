"""Sizes as people write them on a command line: ``2MB``, ``512KB``, ``1048576``."""

from __future__ import annotations

import re

#: Unit multipliers (binary: 2MB is 2 MiB).
UNITS = {"": 1, "B": 1, "K": 1024, "KB": 1024, "KIB": 1024, "M": 1024 ** 2, "MB": 1024 ** 2, "MIB": 1024 ** 2,
         "G": 1024 ** 3, "GB": 1024 ** 3, "GIB": 1024 ** 3}


def parse_size(text: str) -> int:
    """Bytes from ``2MB``, ``512KB``, ``1048576`` (units are binary: K = 1024)."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*", text)
    unit = match and match.group(2).upper()
    if not match or unit not in UNITS:
        raise ValueError(f"{text!r} is not a size (examples: 2MB, 512KB, 1048576)")
    size = int(float(match.group(1)) * UNITS[unit])
    if size < 1:
        raise ValueError(f"{text!r}: the limit must be at least one byte")
    return size
