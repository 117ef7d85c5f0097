"""The column formatters (``format_numbers``, ``format_figures``) give exactly the texts of the one-value
formatters the app shows everywhere (``format_number``, ``format_figure``): a derived figure's formula
quotes its inputs in the column formatter's text, the fact table in the one-value formatter's."""

from __future__ import annotations

import math

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from explorer.model.numbers import (
    QUALIFIERS,
    format_figure,
    format_figures,
    format_number,
    format_numbers,
    round_many,
)

# Values at the edges of each branch: whole and not, the 1e15 bound, tiny and huge, signed zeros,
# halfway cases of the sixth decimal, nan and both infinities.
EDGES = [0.0, -0.0, 1.0, -1.0, 0.5, 1000.21, 10002.1, -30.0, 1e15 - 1, 1e15, -1e15, 1e15 + 0.5, 2.0**53, 1e20,
         -1e20, 1e-7, 5e-7, 4.9999995e-6, 0.0000005, 1.0000005, 2.675, 123456.7890125, 999999.9999996,
         math.nan, math.inf, -math.inf, 2025.0, 2025.5, 1e300, -1e-300]
UNITS = ["%", "rank", "year", "", "亿元", "万吨", "US$", "billion US$", "billion yuan", "TEU", "times", "°C",
         "US$ per ton", "per mille US$"]


def test_edge_values_read_as_one_value_at_a_time() -> None:
    assert format_numbers(EDGES) == [format_number(v) for v in EDGES]
    rows = [(v, u, q) for v in EDGES for u in UNITS for q in [*QUALIFIERS, "", "target"]]
    values, units, qualifiers = zip(*rows)
    assert format_figures(np.array(values), units, qualifiers) == [format_figure(*row) for row in rows]


def test_an_empty_column() -> None:
    assert format_numbers(np.zeros(0)) == []
    assert format_figures([], [], []) == []


@given(st.lists(st.tuples(st.floats(allow_nan=True, allow_infinity=True) | st.integers(-10**16, 10**16).map(float)
                          | st.decimals(-10**7, 10**7, places=7, allow_nan=False).map(float),
                          st.sampled_from(UNITS), st.sampled_from([*QUALIFIERS, ""])), max_size=50))
def test_any_values_units_and_qualifiers(rows: list[tuple[float, str, str]]) -> None:
    values = [v for v, _, _ in rows]
    assert format_numbers(np.array(values, dtype=float)) == [format_number(v) for v in values]
    assert format_figures(values, [u for _, u, _ in rows], [q for _, _, q in rows]) == [format_figure(*r) for r in rows]


def _same_floats(got: np.ndarray, expected: list[float]) -> bool:
    """Equal float for float, the sign of a zero included, nan where nan."""
    return len(got) == len(expected) and all(
        (math.isnan(a) and math.isnan(b)) or (a == b and math.copysign(1, a) == math.copysign(1, b))
        for a, b in zip(got.tolist(), expected))


# Halves in decimal that are not halves in binary (2.675 is 2.67499999...), exact binary halves (0.125),
# neighbours of a half one ulp away, values past the scaling's exact range.
ROUNDING_EDGES = [2.675, 1.005, 0.125, 0.375, -0.125, 2.5, -2.5, 0.05, 0.15, 0.25, 0.35, 1.45, -1.45, 1e-20,
                  -0.04, 0.04, 123.45, 1e14 + 0.05, 2.0**50 + 0.5, 2.0**52, 1e16, 1e300, math.nan, math.inf,
                  -math.inf, np.nextafter(0.25, 1), np.nextafter(0.25, 0), np.nextafter(2.675, 3),
                  np.nextafter(0.15, 0), 4.35, 8.345, 0.0, -0.0]


def test_rounding_as_python_rounds() -> None:
    for places in (0, 1, 2, 3, 6, 15, 22, 23, 30, 400):  # (past 22, 10**places is no exact float: Python rounds)
        # (float(v): round() of a numpy scalar is numpy's own rounding, not Python's)
        assert _same_floats(round_many(np.array(ROUNDING_EDGES), places),
                            [round(float(v), places) for v in ROUNDING_EDGES])
    tiny = [1.4672224502595187e-22, 3.3e-23, 5e-24]
    assert _same_floats(round_many(np.array(tiny), 23), [round(v, 23) for v in tiny])


@given(st.lists(st.floats(allow_nan=True, allow_infinity=True)
                | st.decimals(-10**6, 10**6, places=4, allow_nan=False).map(float)
                | st.integers(-10**8, 10**8).map(lambda k: k / 200), max_size=60),
       st.sampled_from([0, 1, 2, 3]))
def test_any_values_rounded_as_python_rounds(values: list[float], places: int) -> None:
    assert _same_floats(round_many(np.array(values, dtype=float), places), [round(v, places) for v in values])
