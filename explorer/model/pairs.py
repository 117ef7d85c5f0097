"""Before and after: the earliest and the latest figure of each series of figures.

Two readers pair a series' ends, each with its own idea of a series: the derived figures
(``derived``: growth and ratios between a metric's first and last year, per unit as stated, so the
arithmetic is on the printed values) and the *Before / after* plot (``series``: a metric's first and
last period on the time axis, per base unit, so "800 billion" and "1.0 trillion yuan" meet). Which
figure stands at each end is decided here, for both.
"""

from __future__ import annotations

from typing import Any, Literal

import numpy as np
import pandas as pd

# A series of the derived figures: stated for two years in one unit as printed (the values are divided).
DERIVED_SERIES: tuple[str, ...] = ("city", "entity", "metric", "unit")
# A series of the Before / after plot: given for two periods, compared in base units.
PLOT_SERIES: tuple[str, ...] = ("city", "entity", "metric", "base_unit")


def series_ends(group: np.ndarray, position: np.ndarray, rank: np.ndarray | None = None,
                latest_tie: Literal["first", "last"] = "last") -> tuple[np.ndarray, np.ndarray]:
    """The row of each series' earliest and of its latest figure, for the series with two positions or more.

    ``group``: each row's series, numbered from 0 in order of first appearance; ``position``: where
    the row stands in time (a year, a period's place on the axis). Returns two arrays of row numbers,
    one entry per series in ``group`` order. Of the rows at one end, the highest ``rank`` wins (the
    most precise figure); then the first row at the earliest end, and at the latest the last row
    (``latest_tie="last"``) or the first. Whole-column operations: a million facts hold ~10^5 series.
    """
    group = np.asarray(group, dtype=np.int64)
    position = np.asarray(position)
    rank = np.zeros(len(group), dtype=np.int64) if rank is None else np.asarray(rank)
    inside = np.flatnonzero(group >= 0)  # pandas numbers a row with a missing key -1: in no series
    if not len(inside):
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    n_groups = int(group.max()) + 1
    lowest = np.full(n_groups, np.inf)
    highest = np.full(n_groups, -np.inf)
    np.minimum.at(lowest, group[inside], position[inside].astype(float))
    np.maximum.at(highest, group[inside], position[inside].astype(float))
    rows = inside[lowest[group[inside]] < highest[group[inside]]]
    first = _pick(rows[position[rows] == lowest[group[rows]]], group, rank, last=False)
    last = _pick(rows[position[rows] == highest[group[rows]]], group, rank, last=latest_tie == "last")
    return first, last


def _pick(rows: np.ndarray, group: np.ndarray, rank: np.ndarray, last: bool) -> np.ndarray:
    """Of ``rows`` (ascending), one per group in group order: the highest rank, then the first or last row."""
    tie = -rows if last else rows
    order = rows[np.lexsort((tie, -rank[rows], group[rows]))]
    g = group[order]
    return order[np.r_[True, g[1:] != g[:-1]]] if len(order) else order


def tuple_codes(factorized: list[tuple[np.ndarray, Any]]) -> np.ndarray:
    """One code per distinct tuple of the columns' values (each given as ``pd.factorize``'s codes and uniques),
    numbered in order of first appearance: ``groupby(columns, sort=False).ngroup()`` of text columns with no
    missing value, without a groupby. The one home of it: the derived figures' series and the claims' keys."""
    packed = np.zeros(len(factorized[0][0]), dtype=np.int64)
    span = 1  # packed < span
    for codes, uniques in factorized:
        if span * (len(uniques) + 1) >= 1 << 62:  # renumbered first, so the product cannot overflow
            packed = pd.factorize(packed)[0].astype(np.int64)
            span = int(packed.max(initial=0)) + 1
        packed = packed * np.int64(len(uniques) + 1) + codes
        span *= len(uniques) + 1
    return np.asarray(pd.factorize(packed)[0], dtype=np.int64)
