#!/usr/bin/env python3
"""Measure newslint on the external labelled dev data in ../shared/eval, the way a
pre-publish gate sees findings.

Not collected by pytest. Run from the repository root:

    python tests/bench/evaluate.py                 # every dataset, tune and check parts
    python tests/bench/evaluate.py bbc ptc         # some datasets
    python tests/bench/evaluate.py --rules         # also the figures per rule
    python tests/bench/evaluate.py --show bbc      # list the findings behind a figure (tune part only)
    python tests/bench/evaluate.py --json          # everything as JSON

Scoring. A gate blocks or annotates on warnings and errors, so every figure counts
warnings and errors only; the same figure with info findings included is printed beside
it ("+info"). Every dev file is split deterministically into a tune part (about 70% of
the items, by a hash of the item's id; BASIL by its event, so the three outlets' versions
of a story stay together) and a check part. Rules are tuned on the tune part only; the
check part is what is reported as the result. ``--show`` lists findings from the tune
part only, so that reading them cannot tune on the check part.

The data is read in place and never copied into the project (its licences forbid
redistribution). What each figure measures:

- ptc: precision of the word-choice findings (LOAD, OPIN002, STYLE) against any labelled
  propaganda span (a finding counts when it overlaps one), and recall of Loaded_Language
  spans; ``ptc_unshielded`` is the same with reported-speech shielding switched off.
- babe: sentence precision and recall of "has a LOAD/OPIN002/STYLE/ATTR003 finding"
  against label_bias ("No agreement" left out).
- babe_opinion: the same for OPIN/ATTR/PRESUP findings against label_opinion;
  babe_opinion_voice: only the writer's-voice rules (OPIN, PRESUP, ATTR002/003/006).
- bbc: LOAD/OPIN/STYLE/ATTR003 findings per 1,000 words of ordinary BBC copy (presumed
  neutral), overall and per category, and all rules' findings per 1,000 words.
- polnear: attribution cues (a predicted cue counts when it overlaps a gold cue) and
  sources (overlap with the gold source of a matched attribution). Top-level frames
  with content are scored, as PolNeAR annotates them.
- conll: ATTR001/ATTR002 sentence precision and recall against label "uncertain".
- basil: recall of lexical-bias spans by the word-choice findings the bbc figure counts
  (LOAD/OPIN/STYLE/ATTR003: BASIL's lexical bias includes loaded reporting verbs, which
  are ATTR003's), and their precision against any bias span (lexical or informational);
  ``lexical_recall_writer`` is the recall of the lexical spans outside quotations (BASIL's
  ``quote == "no"``), the writer's own words, which are all a writer's-voice rule can
  reach (words inside an attributed quotation are the speaker's and never flagged).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Callable, Iterator

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from linter.lint.config import Settings  # noqa: E402
from linter.lint.engine import Linter  # noqa: E402
from linter.model.doc import Doc  # noqa: E402
from linter.model.findings import FileResult, Finding  # noqa: E402
from linter.model.source import Source  # noqa: E402
from linter.report.jsonout import attribution_json  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
PARTS = ("tune", "check")
TUNE_SHARE = 70  # percent
#: The word-choice rules the ptc, babe and bbc word-choice figures measure.
WORD_FAMILIES = ("LOAD", "OPIN002", "STYLE")
BIAS_CODES = ("LOAD", "OPIN002", "STYLE", "ATTR003")
BBC_WORD = ("LOAD", "OPIN", "STYLE", "ATTR003")
OPINION_CODES = ("OPIN", "ATTR", "PRESUP")
#: The writer's-voice rules among OPIN/ATTR/PRESUP (the sourcing rules ATTR001/005/007
#: judge sourcing, which BABE's opinion label does not measure).
VOICE = ("OPIN", "PRESUP", "ATTR002", "ATTR003", "ATTR006")
BASIL_CODES = BBC_WORD
GATE = ("warning", "error")


def part_of(key: str) -> str:
    """The item's part: a hash of its key, so the split never changes between runs."""
    bucket = int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:8], 16) % 100
    return "tune" if bucket < TUNE_SHARE else "check"


def load(name: str, key: Callable[[dict], str] = lambda item: str(item["id"])) -> Iterator[tuple[str, dict]]:
    """(part, item) for every item of a dev file."""
    with (EVAL / name / f"{name}.dev.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            item = json.loads(line)
            yield part_of(key(item)), item


def ratio(a: float, b: float) -> float:
    return a / b if b else 0.0


def gate(f: Finding) -> bool:
    return f.severity in GATE


def overlaps(f: Finding, spans: list[dict]) -> bool:
    return any(s["start"] < f.end and f.start < s["end"] for s in spans)


class Tally:
    """Counters per part, and per part and rule."""

    def __init__(self) -> None:
        self.n: dict[str, Counter] = {p: Counter() for p in PARTS}
        self.rules: dict[str, dict[str, Counter]] = {p: defaultdict(Counter) for p in PARTS}

    def add(self, part: str, **counts: float) -> None:
        self.n[part].update(counts)

    def rule(self, part: str, code: str, **counts: float) -> None:
        self.rules[part][code].update(counts)


# --- datasets ------------------------------------------------------------------------------


def span_scores(linter: Linter, show: bool, dataset: str, codes: tuple[str, ...], recalled: Callable[[dict], bool],
                names: tuple[str, str], key: Callable[[dict], str] = lambda item: str(item["id"])) -> dict:
    """Precision of the ``codes`` findings against any labelled span (a finding counts
    when it overlaps one), and recall of the spans ``recalled`` picks; gate and +info,
    and precision per rule. ``names`` are the figures' names (recall, span count)."""
    t = Tally()
    misses: Counter = Counter()
    for part, item in load(dataset, key):
        res = linter.lint_source(Source(item["id"], item["text"]), "txt")
        found = [f for f in res.findings if f.code.startswith(codes)]
        spans = item["spans"]
        for f in found:
            hit = overlaps(f, spans)
            t.add(part, tp_all=hit, n_all=1, **({"tp": hit, "n": 1} if gate(f) else {}))
            if gate(f):
                t.rule(part, f.code, tp=hit, n=1)
            if show and part == "tune" and gate(f) and not hit:
                misses[(f.code, f.text.lower())] += 1
        for s in filter(recalled, spans):
            t.add(part, spans=1, hit=any(s["start"] < f.end and f.start < s["end"] for f in found if gate(f)),
                  hit_all=any(s["start"] < f.end and f.start < s["end"] for f in found))
    if show:
        top(f"{dataset}: gate findings outside any labelled span (tune part)", misses)
    recall, count = names
    return {p: {"precision": ratio(n["tp"], n["n"]), "findings": n["n"], recall: ratio(n["hit"], n["spans"]),
                count: n["spans"], "precision+info": ratio(n["tp_all"], n["n_all"]),
                f"{recall}+info": ratio(n["hit_all"], n["spans"]),
                "rules": {c: {"findings": r["n"], "precision": ratio(r["tp"], r["n"])}
                          for c, r in sorted(t.rules[p].items())}}
            for p, n in t.n.items()}


def ptc(linter: Linter, show: bool) -> dict:
    return span_scores(linter, show, "ptc", WORD_FAMILIES, lambda s: s["technique"] == "Loaded_Language",
                       ("loaded_language_recall", "loaded_language_spans"))


def ptc_unshielded(linter: Linter, show: bool) -> dict:
    """ptc with reported-speech shielding switched off: what shielding costs there (PTC
    marks loaded words whoever speaks them; newslint leaves a named source's words alone)."""
    original = Doc.shielded
    Doc.shielded = lambda self, start, end: False
    try:
        figures = ptc(linter, show)
    finally:
        Doc.shielded = original
    for fig in figures.values():
        fig.pop("rules")
    return figures


def sentences(linter: Linter, show: bool, dataset: str, label: Callable[[dict], bool | None],
              picked: Callable[[Finding], bool], title: str) -> dict:
    """Sentence-level precision and recall of "has a picked finding" against a gold label
    (``label`` returns True, False, or None to leave the item out), gate and +info, and
    per rule the sentences it flags and how many of them carry the label."""
    t = Tally()
    fps: Counter = Counter()
    for part, item in load(dataset):
        gold = label(item)
        if gold is None:
            continue
        res = linter.lint_source(Source(item["id"], item["text"]), "snippet")
        found = [f for f in res.findings if picked(f)]
        flagged = [f for f in found if gate(f)]
        t.add(part, tp=bool(flagged) and gold, fp=bool(flagged) and not gold, fn=gold and not flagged,
              tp_all=bool(found) and gold, fp_all=bool(found) and not gold, fn_all=gold and not found, items=1)
        for code in {f.code for f in flagged}:
            t.rule(part, code, n=1, tp=gold)
        if show and part == "tune" and flagged and not gold:
            for f in flagged:
                fps[(f.code, f.text.lower())] += 1
    if show:
        top(title + " (tune part)", fps)
    return {p: {"precision": ratio(n["tp"], n["tp"] + n["fp"]), "recall": ratio(n["tp"], n["tp"] + n["fn"]),
                "flagged": n["tp"] + n["fp"], "items": n["items"],
                "precision+info": ratio(n["tp_all"], n["tp_all"] + n["fp_all"]),
                "recall+info": ratio(n["tp_all"], n["tp_all"] + n["fn_all"]),
                "rules": {c: {"flagged": r["n"], "precision": ratio(r["tp"], r["n"])}
                          for c, r in sorted(t.rules[p].items())}}
            for p, n in t.n.items()}


def babe(linter: Linter, show: bool) -> dict:
    return sentences(linter, show, "babe", _bias, lambda f: f.code.startswith(BIAS_CODES),
                     "babe: gate findings in 'Non-biased' sentences")


def _bias(item: dict) -> bool | None:
    return {"Biased": True, "Non-biased": False}.get(item["label_bias"])


def _opinion(item: dict) -> bool | None:
    label = item["label_opinion"]
    return None if label == "No agreement" else label != "Entirely factual"


def babe_opinion(linter: Linter, show: bool) -> dict:
    return sentences(linter, show, "babe", _opinion, lambda f: f.code.startswith(OPINION_CODES),
                     "babe opinion: gate findings in 'Entirely factual' sentences")


def babe_opinion_voice(linter: Linter, show: bool) -> dict:
    figures = sentences(linter, show, "babe", _opinion, lambda f: f.code.startswith(VOICE),
                        "babe opinion (voice rules): gate findings in 'Entirely factual' sentences")
    for fig in figures.values():
        fig.pop("rules")
    return figures


def conll(linter: Linter, show: bool) -> dict:
    return sentences(linter, show, "conll2010_wiki", lambda i: i["label"] == "uncertain",
                     lambda f: f.code in ("ATTR001", "ATTR002"), "conll: gate findings in 'certain' sentences")


def bbc(linter: Linter, show: bool) -> dict:
    t = Tally()
    by_category: dict[str, Counter] = {p: Counter() for p in PARTS}
    words_by_category: dict[str, Counter] = {p: Counter() for p in PARTS}
    seen: Counter = Counter()
    for part, item in load("bbc_news"):
        words = len(item["text"].split())
        res = linter.lint_source(Source(str(item["id"]), item["text"]), "txt")
        word = [f for f in res.findings if f.code.startswith(BBC_WORD)]
        t.add(part, words=words, word=sum(map(gate, word)), word_all=len(word),
              all=sum(map(gate, res.findings)), all_all=len(res.findings))
        by_category[part][item["category"]] += sum(map(gate, word))
        words_by_category[part][item["category"]] += words
        for f in res.findings:
            if gate(f):
                t.rule(part, f.code, n=1)
                if show and part == "tune":
                    seen[(f.code, f.text.lower())] += 1
    if show:
        top("bbc: gate findings (tune part)", seen)
    per_k = lambda n, p: round(1000 * n / t.n[p]["words"], 3) if t.n[p]["words"] else 0.0  # noqa: E731
    return {p: {"word_choice_per_1000_words": per_k(n["word"], p), "all_rules_per_1000_words": per_k(n["all"], p),
                "word_choice_per_1000_words+info": per_k(n["word_all"], p),
                "all_rules_per_1000_words+info": per_k(n["all_all"], p), "words": n["words"],
                "per_category": {c: round(1000 * k / words_by_category[p][c], 3)
                                 for c, k in sorted(by_category[p].items())},
                "rules": {c: {"findings": r["n"], "per_1000_words": per_k(r["n"], p)}
                          for c, r in sorted(t.rules[p].items())}}
            for p, n in t.n.items()}


def _top_level(res: FileResult) -> list[dict]:
    """Top-level frames with content: what PolNeAR annotates (it flattens nested
    attributions and annotates statement nouns only with content)."""
    frames = [a for a in map(attribution_json, res.attributions) if a["inherited_from"] is None and a["content"]]
    return [a for a in frames if not any(
        o is not a and any(c["start"] <= a["cue"]["start"] < c["end"] for c in o["content"]) for o in frames)]


def polnear(linter: Linter, show: bool) -> dict:
    t = Tally()
    fps: Counter = Counter()
    misses: Counter = Counter()
    for part, item in load("polnear"):
        frames = _top_level(linter.lint_source(Source(item["id"], item["text"]), "txt"))
        gold = item["attributions"]
        gold_cues = [(c["start"], c["end"]) for g in gold for c in g["cue"]]
        for a in frames:
            c = a["cue"]
            hit = any(s < c["end"] and c["start"] < e for s, e in gold_cues)
            t.add(part, tp=hit, predicted=1)
            if show and part == "tune" and not hit:
                fps[("cue", c["text"].lower())] += 1
        for g in gold:
            if not g["cue"]:
                continue
            matched = [a for a in frames if any(a["cue"]["start"] < c["end"] and c["start"] < a["cue"]["end"]
                                                for c in g["cue"])]
            t.add(part, gold=1, gold_hit=bool(matched))
            if show and part == "tune" and not matched:
                misses[("missed", " ".join(c["text"].lower() for c in g["cue"]))] += 1
            if g["has_source"] and g["source"]:
                t.add(part, with_source=1, source_hit=any(
                    a["source"] and any(a["source"]["start"] < s["end"] and s["start"] < a["source"]["end"]
                                        for s in g["source"]) for a in matched))
    if show:
        top("polnear: predicted cues that are not gold cues (tune part)", fps)
        top("polnear: gold cues not found (tune part)", misses)
    return {p: {"cue_precision": ratio(n["tp"], n["predicted"]), "cue_recall": ratio(n["gold_hit"], n["gold"]),
                "source_match": ratio(n["source_hit"], n["with_source"]), "predicted_cues": n["predicted"],
                "gold_cues": n["gold"]}
            for p, n in t.n.items()}


def basil(linter: Linter, show: bool) -> dict:
    key = lambda item: item["triplet_id"]  # noqa: E731  (an event's three versions stay together)
    figures = span_scores(linter, show, "basil", BASIL_CODES, lambda s: s["bias_type"] == "lexical",
                          ("lexical_recall", "lexical_spans"), key=key)
    writer = span_scores(linter, False, "basil", BASIL_CODES,
                         lambda s: s["bias_type"] == "lexical" and s["quote"] == "no",
                         ("lexical_recall_writer", "lexical_spans_writer"), key=key)
    for part, fig in figures.items():
        for name in ("lexical_recall_writer", "lexical_spans_writer", "lexical_recall_writer+info"):
            fig[name] = writer[part][name]
    return figures


DATASETS = {"ptc": ptc, "ptc_unshielded": ptc_unshielded, "babe": babe, "bbc": bbc, "polnear": polnear,
            "conll": conll, "babe_opinion": babe_opinion, "babe_opinion_voice": babe_opinion_voice,
            "basil": basil}


# --- output --------------------------------------------------------------------------------


def top(title: str, counts: Counter, n: int = 40) -> None:
    """Print the most frequent (code, text) pairs behind a figure."""
    print(f"{title} (top {n}):")
    for (code, text), k in counts.most_common(n):
        print(f"  {k:4d} {code} {text!r}")


def _fmt(v: object) -> str:
    return f"{v:.3f}" if isinstance(v, float) else str(v)


def print_figures(figures: dict, rules: bool) -> None:
    print(f"{'dataset':<20} {'measure (warnings and errors)':<36} {'tune':>8} {'check':>8}   +info tune/check")
    for name, fig in figures.items():
        keys = [k for k in fig["check"] if not k.endswith("+info") and k not in ("rules", "per_category")]
        for k in keys:
            info = f"{k}+info"
            beside = f"   {_fmt(fig['tune'][info])} / {_fmt(fig['check'][info])}" if info in fig["check"] else ""
            print(f"{name:<20} {k:<36} {_fmt(fig['tune'][k]):>8} {_fmt(fig['check'][k]):>8}{beside}")
        if "per_category" in fig["check"]:
            cats = ", ".join(f"{c} {v}" for c, v in fig["check"]["per_category"].items())
            print(f"{'':<20} {'check part, per category':<36} {cats}")
        if rules and "rules" in fig["check"]:
            codes = sorted(set(fig["tune"]["rules"]) | set(fig["check"]["rules"]))
            for code in codes:
                cells = []
                for p in PARTS:
                    r = fig[p]["rules"].get(code, {})
                    cells.append(", ".join(f"{k} {_fmt(v)}" for k, v in r.items()) or "-")
                print(f"{'':<20}   {code:<10} tune: {cells[0]:<36} check: {cells[1]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("datasets", nargs="*", help=f"some of: {', '.join(DATASETS)} (default: all)")
    ap.add_argument("--rules", action="store_true", help="also print the figures per rule")
    ap.add_argument("--show", action="append", default=[], help="dataset whose tune-part findings to list")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()
    if not EVAL.is_dir():
        sys.exit(f"evaluation data not found at {EVAL}")
    unknown = set(args.datasets) - set(DATASETS)
    if unknown:
        sys.exit(f"unknown dataset {sorted(unknown)[0]!r} (known: {', '.join(DATASETS)})")
    linter = Linter(Settings())
    figures = {name: DATASETS[name](linter, name in args.show) for name in args.datasets or DATASETS}
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print_figures(figures, args.rules)


if __name__ == "__main__":
    main()
