"""Percentile bootstrap intervals of ratios of sums, resampling articles, vectorised.

A rate of a group of articles is sum(numerator) / sum(denominator) x scale (findings
per 1,000 words, opinion sentences per body sentence). Its 95% interval comes from
``replicates`` resamples of the group's n articles with replacement: each resample is
a vector of counts (how often each article was drawn), so the resampled sums of every
column are one matrix product, counts (replicates x n) @ articles (n x columns).

Groups of the same size share their resample counts (drawn from the seed and n
alone), so they are computed together, many groups per matrix product: thousands of
authors with a handful of articles each cost a few products, not thousands. A group's
interval therefore depends only on its own articles, its size and the seed: adding an
outlet or reordering the archive's partitions changes no other row.
"""

from __future__ import annotations

from typing import Any, Sequence

#: Numbers held at once (resample counts, stacked articles, resampled rates): bounds memory.
CELLS = 4_000_000
LEVELS = (0.025, 0.975)


def ratio(sums: Any, num: Any, den: Any, scale: Any) -> Any:
    """Rates from sums (last axis: columns); NaN where the denominator is 0."""
    import numpy as np

    top, bottom = sums[..., num], sums[..., den]
    with np.errstate(divide="ignore", invalid="ignore"):
        np.divide(top, bottom, out=top)
    top[bottom <= 0] = np.nan
    top *= scale.astype(top.dtype)
    return top


def quantiles(r: Any, qs: Sequence[float], axis: int) -> list:
    """Quantiles along ``axis`` over the resamples that have a value (a resample whose
    denominator is 0 has none), interpolated linearly as numpy's default; NaN where no
    resample has one. (numpy's nanpercentile goes column by column: far slower.)"""
    import numpy as np

    ordered = np.sort(r, axis=axis)  # NaN sorts last
    last = np.expand_dims(np.maximum((~np.isnan(r)).sum(axis=axis) - 1, 0), axis)
    out = []
    for q in qs:
        pos = q * last
        below = np.floor(pos).astype(np.int64)
        above = np.minimum(below + 1, last)
        a = np.take_along_axis(ordered, below, axis=axis)
        b = np.take_along_axis(ordered, above, axis=axis)
        out.append(np.squeeze(a + (pos - below) * (b - a), axis=axis))
    return out


def _counts(rng: Any, b: int, n: int) -> Any:
    """``b`` resamples of n articles as counts per article (b x n)."""
    import numpy as np

    idx = rng.integers(0, n, size=(b, n)) + (np.arange(b) * n)[:, None]
    return np.bincount(idx.ravel(), minlength=b * n).reshape(b, n).astype("float32")


def _same_size(matrix: Any, members: list[list[int]], rates: tuple, replicates: int, seed: int) -> tuple:
    """Intervals of groups of one size n: their articles side by side (n x groups x
    columns), so every resample of all of them is one single-precision matrix product
    (counts are small integers and sums of counts exact; the rates need no more)."""
    import numpy as np

    num, den, scale = rates
    g, n, k = len(members), len(members[0]), matrix.shape[1]
    x = np.ascontiguousarray(matrix[np.array(members).T], dtype=np.float32).reshape(n, g * k)
    rng = np.random.default_rng([seed, n])
    step = max(1, min(replicates, CELLS // n))
    samples = []
    for first in range(0, replicates, step):
        counts = _counts(rng, min(step, replicates - first), n)
        samples.append(ratio((counts @ x).reshape(-1, g, k), num, den, scale))  # b x groups x rates
    return tuple(quantiles(np.concatenate(samples, axis=0), LEVELS, axis=0))


def intervals(matrix: Any, groups: list[list[int]], rates: tuple, replicates: int, seed: int) -> tuple[Any, Any]:
    """(low, high) per group and rate (arrays groups x rates) for the groups of rows of
    ``matrix`` (articles x columns); ``rates`` is (numerator columns, denominator
    columns, scales). A group of one article, or no replicates: the point estimate."""
    import numpy as np

    num, den, scale = rates
    lo = np.full((len(groups), len(num)), np.nan)
    hi = lo.copy()
    by_size: dict[int, list[int]] = {}
    for g, idx in enumerate(groups):
        by_size.setdefault(len(idx), []).append(g)
    for n, which in sorted(by_size.items()):
        if n <= 1 or replicates <= 0:
            for g in which:
                lo[g] = hi[g] = ratio(matrix[groups[g]].sum(axis=0), num, den, scale)
            continue
        per = max(1, min(CELLS // (replicates * len(num)), CELLS // (n * matrix.shape[1])))
        for first in range(0, len(which), per):
            batch = which[first:first + per]
            lo[batch], hi[batch] = _same_size(matrix, [groups[g] for g in batch], rates, replicates, seed)
    return lo, hi
