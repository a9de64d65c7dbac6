"""Rule packs: TOML data that turns check kinds into rules with codes, wording and policy.

A pack holds ``[[rule]]`` tables and, optionally, ``[[family]]`` tables naming and
colouring a family of codes for the reports. The built-in packs are the top-level
``rules/`` directory, shipped inside the wheel as ``linter/packs``; a newsroom adds its
own through config. Every rule is validated against its kind's declared schema here,
once, so nothing later meets a malformed value.
"""

from __future__ import annotations

import copy
import os
import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .._version import __version__
from ..analyse.cache import cached, key_of
from ..checks import KINDS, Check
from ..model.errors import ConfigError
from ..model.rules import BUILTIN_MARK, GENRES, SCOPES, SEVERITIES, Family, Rule
from ..analyse import recache

CODE = recache.compile(r"^[A-Z]{2,8}\d{3}$")
PREFIX = recache.compile(r"^[A-Z]{2,8}$")
COLOUR = recache.compile(r"^#[0-9a-fA-F]{6}$")
COMMON_KEYS = {
    "code", "name", "kind", "severity", "enabled", "summary", "message", "rationale", "fix",
    "positive", "negative", "options", "fixable", "example_format", "genres", "demote", "promote", "opinion",
    "scope", "specificity",
}
REQUIRED = ("code", "name", "kind", "severity", "summary", "message")
FAMILY_KEYS = {"prefix", "name", "tint", "ink"}
FAMILY_OPTIONAL = {"specificity"}


@dataclass
class Packs:
    """Every rule loaded (sorted by code) and the families the packs describe."""

    rules: list[Rule] = field(default_factory=list)
    families: dict[str, Family] = field(default_factory=dict)


def builtin_dir() -> Path:
    """Where the built-in packs are: inside the installed package, or the checkout's rules/."""
    here = Path(__file__).resolve().parent.parent
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


def _toml():
    """tomllib, imported when a pack is parsed, not read back from the cache."""
    import tomllib

    return tomllib


def _parse(path: Path) -> dict:
    try:
        raw_bytes = path.read_bytes()
        # Parsed packs are cached by content: tomllib is pure Python and slow on big packs.
        digest = key_of(raw_bytes)
        return cached(f"pack-{digest}.marshal", lambda: _toml().loads(raw_bytes.decode("utf-8")))
    except (_toml().TOMLDecodeError, UnicodeDecodeError) as exc:  # (looked up only on an error)
        raise ConfigError(f"{path}: malformed rule pack ({exc})") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read rule pack ({exc.strerror})") from None


def options_for(kind: type[Check], values: dict[str, Any], where: str,
                base: dict[str, Any] | None = None) -> dict[str, Any]:
    """A rule's options: ``base`` (default: the kind's defaults) overlaid with ``values``,
    each checked against the kind's declared type."""
    out = copy.deepcopy(base) if base is not None else {
        name: copy.deepcopy(opt.default) for name, opt in kind.OPTIONS.items()}
    for name, value in values.items():
        opt = kind.OPTIONS.get(name)
        if opt is None:
            known = ", ".join(sorted(kind.OPTIONS)) or "none"
            raise ConfigError(f"{where}: unknown option {name!r} (known: {known})")
        out[name] = opt.check(value, f"{where}.{name}")
    return out


def _strings(raw: dict, key: str, where: str, allowed: tuple[str, ...], default: tuple[str, ...]) -> tuple[str, ...]:
    value = raw.get(key, default)
    if not isinstance(value, list | tuple) or set(value) - set(allowed):
        raise ConfigError(f"{where}: {key} must be a list drawn from {', '.join(allowed)}")
    return tuple(value)


def _flag(raw: dict, key: str, where: str) -> bool:
    value = raw.get(key, False)
    if not isinstance(value, bool):
        raise ConfigError(f"{where}: {key} must be true or false")
    return value


def make_rule(raw: dict, where: str, pack: str) -> Rule:
    """One ``[[rule]]`` table as a Rule, validated against its kind's schema."""
    for key in REQUIRED:
        if key not in raw:
            raise ConfigError(f"{where}: missing key {key!r}")
    if not CODE.match(str(raw["code"])):
        raise ConfigError(f"{where}: code must be 2-8 capital letters and 3 digits")
    if raw["severity"] not in SEVERITIES:
        raise ConfigError(f"{where}: severity must be one of {', '.join(SEVERITIES)}")
    kind = KINDS.get(raw["kind"])
    if kind is None:
        raise ConfigError(f"{where}: unknown kind {raw['kind']!r} (known: {', '.join(sorted(KINDS))})")
    extra = set(raw) - COMMON_KEYS - set(kind.DATA)
    if extra:
        raise ConfigError(f"{where}: unknown key {sorted(extra)[0]!r} for kind {raw['kind']!r}")
    missing = [k for k in kind.REQUIRED if k not in raw]
    if missing:
        raise ConfigError(f"{where}: missing key {missing[0]!r} for kind {raw['kind']!r}")
    data = {name: opt.check(raw[name], f"{where}: {name}") if name in raw else copy.deepcopy(opt.default)
            for name, opt in kind.DATA.items()}
    if not isinstance(raw.get("options", {}), dict):
        raise ConfigError(f"{where}: options must be a table")
    rule = Rule(
        code=raw["code"], name=raw["name"], kind=raw["kind"], severity=raw["severity"],
        enabled=_flag({"enabled": raw.get("enabled", True)}, "enabled", where), summary=raw["summary"],
        message=raw["message"], rationale=raw.get("rationale", ""), fix=raw.get("fix", ""),
        positive=list(raw.get("positive", [])), negative=list(raw.get("negative", [])),
        options=options_for(kind, raw.get("options", {}), f"{where}: options"), data=data,
        fixable=_flag(raw, "fixable", where), pack=pack, example_format=raw.get("example_format", "snippet"),
        genres=_strings(raw, "genres", where, GENRES, GENRES),
        demote=_strings(raw, "demote", where, GENRES, ()), promote=_flag(raw, "promote", where),
        opinion=_flag(raw, "opinion", where), scope=raw.get("scope", "span"),
        specificity=_specificity(raw, where, None),
    )
    if rule.scope not in SCOPES:
        raise ConfigError(f"{where}: scope must be one of {', '.join(SCOPES)}")
    if not rule.genres:
        raise ConfigError(f"{where}: genres must not be empty")
    try:
        kind.validate(rule)
    except (KeyError, TypeError, ValueError, re.error) as exc:
        raise ConfigError(f"{where}: invalid {raw['kind']} data ({exc})") from None
    return rule


def _specificity(raw: dict, where: str, default: int | None) -> int | None:
    value = raw.get("specificity", default)
    if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
        raise ConfigError(f"{where}: specificity must be a whole number")
    return value


def make_family(raw: Any, where: str) -> Family:
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: a [[family]] must be a table")
    unknown = set(raw) - FAMILY_KEYS - FAMILY_OPTIONAL
    if unknown:
        known = ", ".join(sorted(FAMILY_KEYS | FAMILY_OPTIONAL))
        raise ConfigError(f"{where}: unknown key {sorted(unknown)[0]!r} (known: {known})")
    missing = FAMILY_KEYS - set(raw)
    if missing:
        raise ConfigError(f"{where}: missing key {sorted(missing)[0]!r}")
    if not PREFIX.match(str(raw["prefix"])):
        raise ConfigError(f"{where}: prefix must be 2-8 capital letters")
    for key in ("tint", "ink"):
        if not isinstance(raw[key], str) or not COLOUR.match(raw[key]):
            raise ConfigError(f"{where}: {key} must be a colour like \"#1f4e9c\"")
    return Family(raw["prefix"], str(raw["name"]), raw["tint"], raw["ink"], _specificity(raw, where, 0) or 0)


def load_pack(path: Path, builtin: bool = False) -> Packs:
    """Rules and families of one pack file. A built-in pack's are read back as an earlier
    run validated them (validating every lexicon group cost a single-file run ~4 ms),
    keyed by the pack's text and path and by the code and vocabularies that read it."""
    if not builtin:
        return _load_pack(path, False)
    try:
        key = key_of(b"\0".join((path.read_bytes(), str(path).encode("utf-8", "surrogatepass"), _code_stamp())))
    except OSError:
        return _load_pack(path, True)  # says what is wrong
    rules, families = cached(f"rules-{key}.marshal", lambda: _plain(_load_pack(path, True)))
    return Packs([Rule(**r) for r in rules], {f["prefix"]: Family(**f) for f in families})


def _plain(packs: Packs) -> tuple[list[dict], list[dict]]:
    """A pack's rules and families as plain data (what the cache keeps)."""
    return [asdict(r) for r in packs.rules], [asdict(f) for f in packs.families.values()]


@lru_cache(maxsize=None)
def _code_stamp() -> bytes:
    """What a built-in pack's validated rules depend on besides its text: the version, the
    modules of the kinds, schemas, validation and vocabularies (``checks``, ``lint``,
    ``model``, ``analyse`` and its attribution package) and the vocabulary files, by size
    and modification time."""
    root = Path(__file__).resolve().parents[1]
    parts = [__version__]
    for folder, suffix in (("checks", ".py"), ("lint", ".py"), ("model", ".py"), ("analyse", ".py"),
                           ("analyse/attribution", ".py"), ("analyse/attribution/patterns", ".py"), ("vocab", ".toml")):
        try:
            entries = sorted(os.scandir(root / folder), key=lambda e: e.name)
        except OSError:
            continue
        for e in entries:
            if e.name.endswith(suffix):
                st = e.stat()
                parts.append(f"{folder}/{e.name}:{st.st_size}:{st.st_mtime_ns}")
    return "\n".join(parts).encode("utf-8", "surrogatepass")


def _load_pack(path: Path, builtin: bool) -> Packs:
    data = _parse(path)
    unknown_top = set(data) - {"rule", "family"}
    if unknown_top:
        raise ConfigError(f"{path}: unknown key {sorted(unknown_top)[0]!r} (a pack holds [[rule]] and [[family]] tables)")
    pack = (BUILTIN_MARK if builtin else "") + str(path)
    out = Packs()
    for i, raw in enumerate(data.get("rule", [])):
        if not isinstance(raw, dict):
            raise ConfigError(f"{path}: rule #{i + 1} must be a table")
        out.rules.append(make_rule(raw, f"{path}: rule {raw.get('code', f'#{i + 1}')}", pack))
    for i, raw in enumerate(data.get("family", [])):
        family = make_family(raw, f"{path}: family #{i + 1}")
        out.families[family.prefix] = family
    return out


def load_packs(extra_packs: list[Path] | None = None) -> Packs:
    """Built-in rules plus any extra packs: codes unique, rules sorted by code; a house
    pack may recolour a built-in family."""
    found = Packs()
    paths = [(p, True) for p in pack_files(builtin_dir())]
    paths += [(f, False) for p in (extra_packs or []) for f in pack_files(p)]
    for path, builtin in paths:
        pack = load_pack(path, builtin)
        found.rules.extend(pack.rules)
        found.families.update(pack.families)
    seen: dict[str, str] = {}
    for rule in found.rules:
        if rule.code in seen:
            raise ConfigError(f"{rule.pack_path}: rule {rule.code} is already defined in {seen[rule.code]}")
        seen[rule.code] = rule.pack_path
    found.rules.sort(key=lambda r: r.code)
    return found
