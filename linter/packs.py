"""Rule packs: TOML data that turns a check kind into rules with codes and wording.

The built-in packs are the top-level ``rules/`` directory, shipped inside the
wheel as ``linter/packs``. A newsroom adds its own packs through config.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .findings import GENRES, SEVERITIES
from .cache import cached

CODE = re.compile(r"^[A-Z]{2,8}\d{3}$")
COMMON_KEYS = {
    "code", "name", "kind", "severity", "enabled", "summary", "message", "rationale", "fix",
    "positive", "negative", "options", "fixable", "example_format", "genres",
}
REQUIRED = ("code", "name", "kind", "severity", "summary", "message")
#: Prefix of ``Rule.pack`` for the packs shipped with newslint (validated by the test
#: suite, so loading them skips the costlier checks a house pack gets).
BUILTIN_MARK = "builtin:"


@dataclass
class Rule:
    code: str
    name: str
    kind: str
    severity: str
    enabled: bool
    summary: str
    message: str
    rationale: str = ""
    fix: str = ""
    positive: list[str] = field(default_factory=list)
    negative: list[str] = field(default_factory=list)
    options: dict[str, Any] = field(default_factory=dict)
    data: dict[str, Any] = field(default_factory=dict)
    fixable: bool = False
    pack: str = ""
    #: How the test suite reads the examples: "snippet" (body text) or "txt" (headline first).
    example_format: str = "snippet"
    #: The kinds of piece the rule applies to: a column may say "I", a news story should not.
    genres: tuple[str, ...] = GENRES

    @property
    def family(self) -> str:
        return self.code.rstrip("0123456789")


def builtin_dir() -> Path:
    """Where the built-in packs are: inside the installed package, or the checkout's rules/."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "packs", here.parent / "rules"):
        if candidate.is_dir() and any(candidate.glob("*.toml")):
            return candidate
    raise ConfigError("built-in rule packs not found (is the package installed completely?)")


def pack_files(path: Path) -> list[Path]:
    if path.is_dir():
        files = sorted(path.glob("*.toml"))
        if not files:
            raise ConfigError(f"{path}: rule pack directory holds no .toml files")
        return files
    if not path.is_file():
        raise ConfigError(f"{path}: rule pack not found")
    return [path]


def load_pack(path: Path, kinds: dict[str, type], builtin: bool = False) -> list[Rule]:
    """Rules of one pack file, validated against the check kinds."""
    try:
        raw_bytes = path.read_bytes()
        # Parsed packs are cached by content: tomllib is pure Python and slow on big packs.
        digest = hashlib.sha1(raw_bytes).hexdigest()[:16]
        data = cached(f"pack-{digest}.marshal", lambda: tomllib.loads(raw_bytes.decode("utf-8")))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: malformed rule pack ({exc})") from None
    unknown_top = set(data) - {"rule"}
    if unknown_top:
        raise ConfigError(f"{path}: unknown key {sorted(unknown_top)[0]!r} (a pack holds [[rule]] tables)")
    rules = []
    for i, raw in enumerate(data.get("rule", [])):
        where = f"{path}: rule {raw.get('code', f'#{i + 1}')}"
        for key in REQUIRED:
            if key not in raw:
                raise ConfigError(f"{where}: missing key {key!r}")
        if not CODE.match(str(raw["code"])):
            raise ConfigError(f"{where}: code must be 2-8 capital letters and 3 digits")
        if raw["severity"] not in SEVERITIES:
            raise ConfigError(f"{where}: severity must be one of {', '.join(SEVERITIES)}")
        kind = kinds.get(raw["kind"])
        if kind is None:
            raise ConfigError(f"{where}: unknown kind {raw['kind']!r} (known: {', '.join(sorted(kinds))})")
        extra = set(raw) - COMMON_KEYS - set(kind.data_keys)
        if extra:
            raise ConfigError(f"{where}: unknown key {sorted(extra)[0]!r} for kind {raw['kind']!r}")
        options = {**kind.default_options, **raw.get("options", {})}
        genres = raw.get("genres", GENRES)
        if not isinstance(genres, list | tuple) or not genres or set(genres) - set(GENRES):
            raise ConfigError(f"{where}: genres must be a list drawn from {', '.join(GENRES)}")
        rule = Rule(
            code=raw["code"], name=raw["name"], kind=raw["kind"], severity=raw["severity"],
            enabled=bool(raw.get("enabled", True)), summary=raw["summary"], message=raw["message"],
            rationale=raw.get("rationale", ""), fix=raw.get("fix", ""),
            positive=list(raw.get("positive", [])), negative=list(raw.get("negative", [])),
            options=options, data={k: raw[k] for k in kind.data_keys if k in raw},
            fixable=bool(raw.get("fixable", False)), pack=(BUILTIN_MARK if builtin else "") + str(path),
            example_format=raw.get("example_format", "snippet"), genres=tuple(genres),
        )
        try:
            kind.validate(rule)
        except (KeyError, TypeError, ValueError, re.error) as exc:
            raise ConfigError(f"{where}: invalid {raw['kind']} data ({exc})") from None
        rules.append(rule)
    return rules


def load_rules(extra_packs: list[Path] | None = None) -> list[Rule]:
    """Built-in rules plus any extra packs, codes unique, sorted by code."""
    from .checks import KINDS

    rules: list[Rule] = []
    for path in pack_files(builtin_dir()):
        rules.extend(load_pack(path, KINDS, builtin=True))
    for path in [f for p in (extra_packs or []) for f in pack_files(p)]:
        rules.extend(load_pack(path, KINDS))
    seen: dict[str, str] = {}
    for rule in rules:
        if rule.code in seen:
            where = seen[rule.code].removeprefix(BUILTIN_MARK)
            raise ConfigError(f"{rule.pack}: rule {rule.code} is already defined in {where}")
        seen[rule.code] = rule.pack
    return sorted(rules, key=lambda r: r.code)
