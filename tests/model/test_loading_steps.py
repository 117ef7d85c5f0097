"""Steps of a checked load made shorter in session 8 say what the plain formulation says, on values chosen to
reach every branch (the equality of whole loads with the reference is in test_fastload, test_derived, test_claims)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from explorer.model.claims.grouping import _decimals
from explorer.model.load.codes import factorize_text


def _decimals_every_place(values: np.ndarray) -> np.ndarray:
    """The fewest decimal places (0-6) at which each value is whole, 6 where none: every place tried on every row."""
    out = np.full(len(values), 6, dtype=np.int64)
    finite = np.isfinite(values)
    for d in range(6, -1, -1):
        with np.errstate(invalid="ignore"):
            scaled = values * 10.0**d
            whole = np.abs(scaled - np.round(scaled)) <= 1e-9 * np.maximum(1.0, np.abs(scaled))
        out[finite & whole] = d
    return out


def test_decimals_are_the_fewest_places_at_which_a_value_is_whole() -> None:
    rng = np.random.default_rng(8)
    values = np.concatenate([
        np.round(rng.normal(0, 1e4, 5000), 2), np.round(rng.normal(0, 10, 5000), 1), rng.normal(0, 1e3, 5000),
        rng.integers(-1000, 1000, 5000).astype(float), np.round(rng.normal(0, 1, 5000), 6),
        [np.nan, np.inf, -np.inf, 0.0, -0.0, 1e300, -1e300, 1e-300, 0.5, 1.0000000001, 1e15 + 0.5, 0.1 + 0.2, 2.675]])
    expected = _decimals_every_place(values)
    assert np.array_equal(_decimals(values), expected)
    assert set(np.unique(expected).tolist()) == set(range(7))  # every place is reached
    assert np.array_equal(_decimals(np.zeros(0)), np.zeros(0, dtype=np.int64))


def _same_uniques(ours: np.ndarray, pandas: np.ndarray) -> bool:
    def same(x: object, y: object) -> bool:
        if isinstance(x, float) and isinstance(y, float) and x != x and y != y:
            return True  # NaN, kept as a value with use_na_sentinel=False
        return type(x) is type(y) and x == y
    return type(ours) is type(pandas) and ours.dtype == pandas.dtype and len(ours) == len(pandas) \
        and all(same(x, y) for x, y in zip(ours.tolist(), pandas.tolist()))


@pytest.mark.parametrize("use_na_sentinel", [True, False])
@pytest.mark.parametrize("n", [0, 7, 4095, 4096, 30_000])
def test_text_codes_are_pandas_factorize(n: int, use_na_sentinel: bool) -> None:
    rng = np.random.default_rng(n)
    names = np.array([f"city {i}" for i in range(300)] + [None, np.nan, "", "城市", 1, 1.0, True], dtype=object)
    shared = names[rng.integers(0, len(names), n)]  # one object per value, as the loader makes a column of few values
    copies = np.array([("x" + s)[1:] if isinstance(s, str) else s for s in shared.tolist()] + [None], dtype=object)[:-1]
    assert n == 0 or any(a is not b for a, b in zip(shared.tolist(), copies.tolist()) if isinstance(a, str) and a)
    mixed = np.where(rng.random(n) < 0.5, shared, copies)  # equal strings that are different objects
    forecast = shared.copy()
    some = np.flatnonzero(np.array([isinstance(s, str) for s in shared.tolist()], dtype=bool))[::3]
    forecast[some] = forecast[some] + " · forecast"  # a new string per row, as the claims' forecast periods are
    distinct = np.array([f"F{i:07d}" for i in range(n)] + [None], dtype=object)[:-1]
    for values in (shared, copies, mixed, forecast, distinct, shared[::2], np.arange(n) % 5, shared.reshape(-1, 1)[:, 0]):
        ours, pandas = factorize_text(values, use_na_sentinel=use_na_sentinel), \
            pd.factorize(values, use_na_sentinel=use_na_sentinel)
        assert np.array_equal(ours[0], pandas[0]) and ours[0].dtype == pandas[0].dtype
        assert _same_uniques(ours[1], pandas[1])
