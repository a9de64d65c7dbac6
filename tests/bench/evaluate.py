#!/usr/bin/env python3
"""Measure newslint on the external labelled dev data in ../shared/eval.

Not collected by pytest. Run from the repository root:

    python tests/bench/evaluate.py            # all datasets, the figures for the README
    python tests/bench/evaluate.py --show bbc  # also list the findings behind a figure

The data is read in place and never copied into the project (its licences forbid
redistribution). What each figure measures:

- ptc: precision of LOAD/OPIN/STYLE findings against any labelled propaganda span
  (a finding counts when it overlaps one), and recall of Loaded_Language spans.
- babe: sentence-level precision and recall of "has a LOAD/OPIN/STYLE/ATTR003 finding"
  against label_bias (Biased vs Non-biased; "No agreement" left out).
- bbc_news: warning-and-error LOAD/OPIN/STYLE/ATTR003 findings per 1,000 words of
  ordinary BBC copy (presumed neutral), overall and per category; and all rules'.
- polnear: attribution cues (a predicted cue counts when it overlaps a gold cue) and
  sources (overlap with the gold source of a matched attribution). Top-level frames
  with content are scored, as PolNeAR annotates them (see polnear()).
- conll: ATTR001/ATTR002 sentence precision and recall against label "uncertain".
- babe_opinion: OPIN/ATTR/PRESUP sentence precision and recall against label_opinion.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from linter.lint.config import Settings  # noqa: E402
from linter.lint.engine import Linter  # noqa: E402
from linter.model.source import Source  # noqa: E402
from linter.report.jsonout import attribution_json  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
#: The word-choice rules of the core issue, which the ptc/babe/bbc word-choice figures
#: measure (OPIN001 and OPIN003 came later and are measured against label_opinion).
WORD_FAMILIES = ("LOAD", "OPIN002", "STYLE")
BIAS_CODES = ("LOAD", "OPIN002", "STYLE", "ATTR003")


def _load(name: str) -> list[dict]:
    path = EVAL / name / f"{name}.dev.jsonl"
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def _fam(code: str, prefixes: tuple[str, ...]) -> bool:
    return code.startswith(prefixes)


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _top(title: str, counts: Counter, n: int = 40) -> None:
    """Print the most frequent (code, text) pairs behind a figure."""
    print(f"{title} (top {n}):")
    for (code, text), k in counts.most_common(n):
        print(f"  {k:4d} {code} {text!r}")


def ptc_unshielded(linter: Linter, show: bool) -> dict:
    """ptc with reported-speech shielding switched off, to show what shielding costs there
    (PTC marks loaded words whoever speaks them; newslint leaves a named source's words alone)."""
    from linter.model.doc import Doc

    original = Doc.shielded
    Doc.shielded = lambda self, start, end: False
    try:
        return ptc(linter, show)
    finally:
        Doc.shielded = original


def ptc(linter: Linter, show: bool) -> dict:
    tp = fp = ll_hit = ll_all = 0
    tp_w = fp_w = 0
    misses: Counter = Counter()
    for item in _load("ptc"):
        res = linter.lint_source(Source(item["id"], item["text"]), "txt")
        found = [f for f in res.findings if _fam(f.code, WORD_FAMILIES)]
        spans = item["spans"]
        for f in found:
            hit = any(s["start"] < f.end and f.start < s["end"] for s in spans)
            tp += hit
            fp += not hit
            if f.severity != "info":
                tp_w += hit
                fp_w += not hit
            if not hit and show:
                misses[(f.code, f.text.lower())] += 1
        for s in spans:
            if s["technique"] == "Loaded_Language":
                ll_all += 1
                ll_hit += any(s["start"] < f.end and f.start < s["end"] for f in found)
    if show:
        _top("ptc: findings outside any labelled span", misses)
    return {"precision": _ratio(tp, tp + fp), "findings": tp + fp,
            "precision_warning_up": _ratio(tp_w, tp_w + fp_w), "findings_warning_up": tp_w + fp_w,
            "loaded_language_recall": _ratio(ll_hit, ll_all), "loaded_language_spans": ll_all}


def babe(linter: Linter, show: bool) -> dict:
    tp = fp = fn = tn = 0
    tp_w = fp_w = 0
    fps: Counter = Counter()
    for item in _load("babe"):
        label = item["label_bias"]
        if label not in ("Biased", "Non-biased"):
            continue
        res = linter.lint_source(Source(item["id"], item["text"]), "snippet")
        found = [f for f in res.findings if _fam(f.code, BIAS_CODES)]
        pred = bool(found)
        pred_w = any(f.severity != "info" for f in found)
        gold = label == "Biased"
        tp += pred and gold
        fp += pred and not gold
        fn += gold and not pred
        tn += not pred and not gold
        tp_w += pred_w and gold
        fp_w += pred_w and not gold
        if show and pred and not gold:
            for f in found:
                fps[(f.code, f.text.lower())] += 1
    if show:
        _top("babe: findings in Non-biased sentences", fps)
    return {"precision": _ratio(tp, tp + fp), "recall": _ratio(tp, tp + fn), "sentences": tp + fp + fn + tn,
            "precision_warning_up": _ratio(tp_w, tp_w + fp_w), "recall_warning_up": _ratio(tp_w, tp + fn)}


def bbc(linter: Linter, show: bool) -> dict:
    words = 0
    count = 0
    all_warn = 0
    per_cat: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    terms: Counter = Counter()
    for item in _load("bbc_news"):
        text = f"{item['title']}\n\n{item['text']}"
        res = linter.lint_source(Source(item["id"], text), "txt")
        n_words = len(text.split())
        warn = [f for f in res.findings if f.severity != "info"]
        hits = [f for f in warn if _fam(f.code, BIAS_CODES)]
        words += n_words
        count += len(hits)
        all_warn += len(warn)
        per_cat[item["category"]][0] += len(hits)
        per_cat[item["category"]][1] += n_words
        for f in hits:
            terms[(f.code, f.text.lower())] += 1
    if show:
        _top("bbc: warning/error findings", terms)
    return {"per_1000_words": 1000 * count / words, "findings": count, "words": words,
            "all_rules_warning_up_per_1000_words": 1000 * all_warn / words,
            "per_category": {c: round(1000 * n / w, 3) for c, (n, w) in sorted(per_cat.items())}}


def polnear(linter: Linter, show: bool) -> dict:
    """Attribution cues and sources against PolNeAR's annotations (overlap counts)."""
    cue_tp = cue_fp = 0
    gold_cues = gold_cue_hit = 0
    with_source = source_hit = 0
    fps: Counter = Counter()
    misses: Counter = Counter()
    for item in _load("polnear"):
        res = linter.lint_source(Source(item["id"], item["text"]), "txt")
        # Score what PolNeAR annotates: top-level source/cue/content triples. Its annotators
        # flatten nested attributions (no cue inside another attribution's content) and
        # annotate statement nouns only with content, so frames nested in another frame's
        # content, and content-less noun mentions ("his remarks"), are not scored.
        frames = [a for a in map(attribution_json, res.attributions) if a["inherited_from"] is None and a["content"]]
        frames = [a for a in frames if not any(
            o is not a and any(c["start"] <= a["cue"]["start"] < c["end"] for c in o["content"]) for o in frames)]
        gold = item["attributions"]
        gold_cue_spans = [(c["start"], c["end"]) for g in gold for c in g["cue"]]
        for a in frames:
            c = a["cue"]
            hit = any(s < c["end"] and c["start"] < e for s, e in gold_cue_spans)
            cue_tp += hit
            cue_fp += not hit
            if show and not hit:
                fps[("cue", c["text"].lower())] += 1
        for g in gold:
            if not g["cue"]:
                continue
            gold_cues += 1
            matched = [a for a in frames if any(a["cue"]["start"] < c["end"] and c["start"] < a["cue"]["end"]
                                                for c in g["cue"])]
            gold_cue_hit += bool(matched)
            if show and not matched:
                misses[("missed", " ".join(c["text"].lower() for c in g["cue"]))] += 1
            if g["has_source"] and g["source"]:
                with_source += 1
                source_hit += any(a["source"] and any(a["source"]["start"] < s["end"] and s["start"] < a["source"]["end"]
                                                      for s in g["source"]) for a in matched)
    if show:
        _top("polnear: predicted cues that are not gold cues", fps)
        _top("polnear: gold cues not found", misses)
    return {"cue_precision": _ratio(cue_tp, cue_tp + cue_fp), "cue_recall": _ratio(gold_cue_hit, gold_cues),
            "predicted_cues": cue_tp + cue_fp, "gold_cues": gold_cues,
            "source_match": _ratio(source_hit, with_source), "gold_with_source": with_source}


def _sentence_scores(linter: Linter, show: bool, dataset: str, gold, picked, title: str) -> dict:
    """Sentence-level precision and recall of "has a picked finding" against a gold label
    (``gold`` returns True, False, or None to skip the item)."""
    tp = fp = fn = 0
    fps: Counter = Counter()
    for item in _load(dataset):
        label = gold(item)
        if label is None:
            continue
        res = linter.lint_source(Source(item["id"], item["text"]), "snippet")
        found = [f for f in res.findings if picked(f)]
        tp += bool(found) and label
        fp += bool(found) and not label
        fn += label and not found
        if show and found and not label:
            for f in found:
                fps[(f.code, f.text.lower())] += 1
    if show:
        _top(title, fps)
    return {"precision": _ratio(tp, tp + fp), "recall": _ratio(tp, tp + fn), "flagged": tp + fp}


def conll(linter: Linter, show: bool) -> dict:
    """ATTR001/ATTR002 findings against CoNLL-2010 Wikipedia 'uncertain' sentences."""
    return _sentence_scores(linter, show, "conll2010_wiki", lambda i: i["label"] == "uncertain",
                            lambda f: f.code in ("ATTR001", "ATTR002"), "conll: findings in 'certain' sentences")


#: The writer's-voice rules among OPIN/ATTR/PRESUP (the sourcing rules ATTR001/005/007
#: judge sourcing, which BABE's opinion label does not measure).
VOICE = ("OPIN", "PRESUP", "ATTR002", "ATTR003", "ATTR006")


def _opinion(item: dict) -> bool | None:
    label = item["label_opinion"]
    return None if label == "No agreement" else label != "Entirely factual"


def babe_opinion(linter: Linter, show: bool) -> dict:
    """OPIN/ATTR/PRESUP findings against BABE's label_opinion (sentence level)."""
    return _sentence_scores(linter, show, "babe", _opinion, lambda f: f.code.startswith(("OPIN", "ATTR", "PRESUP")),
                            "babe opinion: findings in 'Entirely factual' sentences")


def babe_opinion_voice(linter: Linter, show: bool) -> dict:
    """The same, counting only the writer's-voice rules (OPIN, PRESUP, ATTR002/003/006)."""
    return _sentence_scores(linter, show, "babe", _opinion, lambda f: f.code.startswith(VOICE),
                            "babe opinion (voice rules): findings in 'Entirely factual' sentences")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("datasets", nargs="*",
                    default=["ptc", "ptc_unshielded", "babe", "bbc", "polnear", "conll", "babe_opinion",
                             "babe_opinion_voice"])
    ap.add_argument("--show", action="append", default=[], help="dataset whose findings to list")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()
    if not EVAL.is_dir():
        sys.exit(f"evaluation data not found at {EVAL}")
    linter = Linter(Settings())
    figures = {}
    for name in args.datasets:
        figures[name] = {"ptc": ptc, "ptc_unshielded": ptc_unshielded, "babe": babe, "bbc": bbc,
                         "polnear": polnear, "conll": conll, "babe_opinion": babe_opinion,
                         "babe_opinion_voice": babe_opinion_voice}[name](linter, name in args.show)
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    for name, fig in figures.items():
        print(f"{name}: " + ", ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}"
                                      for k, v in fig.items() if k != "per_category"))
        if "per_category" in fig:
            print("     per category: " + ", ".join(f"{c} {v}" for c, v in fig["per_category"].items()))


if __name__ == "__main__":
    main()
