#!/usr/bin/env python3
"""Time adversarial article shapes at 1x, 4x and 16x size; every pass should be linear
(not collected by pytest):

    python tests/bench/scaling.py            # every shape
    python tests/bench/scaling.py quotes     # one shape

For each shape it prints the seconds at each size and the growth factor per 4x size
(about 4 for linear work, 16 for quadratic). The shapes are the ones that were slow:
one long sentence with no punctuation, thousands of quote marks among words, "said"
thousands of times, one huge paragraph, thousands of distinct paragraphs.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from linter.lint.config import Settings  # noqa: E402
from linter.lint.engine import Linter  # noqa: E402
from linter.model.source import Source  # noqa: E402

WORDS = ("council budget harbour repairs minister plan voters city water bridge report staggering "
         "officials critics year week police").split()


def _words(n: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    return [rng.choice(WORDS) for _ in range(n)]


def long_sentence(n: int) -> str:
    return "Headline\n\n" + " ".join(_words(n)) + "\n"


def quote_marks(n: int) -> str:
    rng = random.Random(2)
    marks = ["“", "”", '"', "‘", "’", "'"]
    return "Headline\n\n" + " ".join(f"{rng.choice(marks)}{w}" if i % 2 else w for i, w in enumerate(_words(2 * n))) + "\n"


def said(n: int) -> str:
    return "Headline\n\n" + " ".join(f"{w} said" for w in _words(n)) + ".\n"


def big_paragraph(n: int) -> str:
    sentences = [" ".join(_words(12, seed=i)).capitalize() + ", the minister said." for i in range(n)]
    return "Headline\n\n" + " ".join(sentences) + "\n"


def paragraphs(n: int) -> str:
    return "Headline\n\n" + "\n\n".join(
        " ".join(_words(14, seed=i)).capitalize() + f" on day {i}, critics said." for i in range(n)) + "\n"


#: shape -> (make an article of size n, base n)
SHAPES: dict[str, tuple[Callable[[int], str], int]] = {
    "long-sentence": (long_sentence, 10000),  # large enough that 1x is not all fixed cost
    "quotes": (quote_marks, 1500),
    "said": (said, 800),
    "big-paragraph": (big_paragraph, 1200),
    "paragraphs": (paragraphs, 300),
}


def run(linter: Linter, text: str) -> float:
    t = time.perf_counter()
    linter.lint_source(Source("scale.txt", text), "txt")
    return time.perf_counter() - t


def main() -> None:
    names = sys.argv[1:] or list(SHAPES)
    linter = Linter(Settings())
    run(linter, long_sentence(50))  # warm-up: imports, compiled lexicons
    print(f"{'shape':<15} {'1x':>9} {'4x':>9} {'16x':>9}  growth per 4x")
    for name in names:
        make, base = SHAPES[name]
        times = [run(linter, make(base * k)) for k in (1, 4, 16)]
        growth = [b / a if a else 0.0 for a, b in zip(times, times[1:])]
        print(f"{name:<15} " + " ".join(f"{t:8.2f}s" for t in times) + "   " + ", ".join(f"{g:.1f}x" for g in growth))


if __name__ == "__main__":
    main()
