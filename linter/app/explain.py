"""A rule explained in words: what ``newslint rule CODE`` prints and what the language
server shows on hover, from one place."""

from __future__ import annotations

import json
import textwrap

from ..checks import KINDS
from ..model.rules import GENRES, Rule


def _wrap(text: str) -> str:
    return textwrap.fill(" ".join(text.split()), 88)


def explain(rule: Rule) -> str:
    """What the rule detects, why, examples, how to fix, its options and policy."""
    out = [f"{rule.code} ({rule.name})", "",
           f"  Family:   {rule.family}", f"  Severity: {rule.severity}",
           f"  Enabled:  {'yes' if rule.enabled else 'no (turn on with --extend-select ' + rule.code + ')'}",
           f"  Kind:     {rule.kind}", "", "What it detects", textwrap.indent(_wrap(rule.summary), "  ")]
    if rule.rationale:
        out += ["", "Why", textwrap.indent(_wrap(rule.rationale), "  ")]
    if rule.positive:
        out += ["", "Flagged"] + [f"  - {ex}".replace("\n\n", " / ") for ex in rule.positive]
    if rule.negative:
        out += ["", "Not flagged"] + [f"  - {ex}".replace("\n\n", " / ") for ex in rule.negative]
    if rule.fix:
        out += ["", "How to fix", textwrap.indent(_wrap(rule.fix), "  ")]
    if rule.options:
        schema = KINDS[rule.kind].OPTIONS
        out += ["", "Options (config: [rules." + rule.code + "])"] + [
            f"  {k} = {json.dumps(v)}  # {schema[k].help}" for k, v in rule.options.items()]
    if rule.demote or rule.promote or rule.opinion or rule.genres != GENRES:
        out += ["", "Policy"] + [line for line in (
            f"  runs on: {', '.join(rule.genres)}" if rule.genres != GENRES else "",
            f"  info in: {', '.join(rule.demote)} (the writer's voice is legitimate there)" if rule.demote else "",
            "  info in the headline and first paragraph becomes a warning" if rule.promote else "",
            "  a warning marks its sentence as the writer's judgement in the profile" if rule.opinion else "") if line]
    return "\n".join(out)
