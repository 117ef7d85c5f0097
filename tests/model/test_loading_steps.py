"""Steps of a checked load made shorter in session 8 say what the plain formulation says, on values chosen to
reach every branch (the equality of whole loads with the reference is in test_fastload, test_derived, test_claims)."""

from __future__ import annotations

import numpy as np

from explorer.model.claims.grouping import _decimals


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
